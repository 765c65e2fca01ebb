"""fuzz50 (seed 47): a number of more digits than the decimal context holds.

The seeded fuzzer's case 4 (``/v1/editions``, the ``sentence-lengths`` mutation: "The total was
999...9 euros." with 20,000 nines) answered 500; ``translate run`` said "internal error:
InvalidOperation", exit 1, on any number of 29 digits or more: babel rounds the number in the
current decimal context, whose precision is 28 digits, and ``str(int(...))`` of more than 4,300
digits is refused by Python. The localizer now widens the context to the number's digits and
reads the integer part's length off its exponent.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from babel import Locale
from hostile.helpers import invoke

from translate.localize.numbers import find_numbers, format_number


@pytest.mark.parametrize("digits", [28, 29, 40, 4_400, 20_000])
def test_a_number_of_any_length_is_written_the_locales_way(digits: int) -> None:
    text = f"The total was {'9' * digits} euros and {'8' * digits}.5% of it."
    found = find_numbers(text, Locale.parse("en"), scale_locales=("en",))
    assert [len(m.text.rstrip("%")) for m in found] == [digits, digits + 2]
    pt = Locale.parse("pt_BR")
    assert format_number(found[0], pt) == "9" * digits  # written ungrouped: kept so
    share = format_number(found[1], pt)
    assert share.startswith("8" * digits + ",5") and share.endswith("%")
    grouped = find_numbers(f"It cost {Decimal('7' * digits):,} euros.", Locale.parse("en"))
    assert format_number(grouped[0], pt) == f"{Decimal('7' * digits):,}".replace(",", ".")


def test_twenty_thousand_long_numbers_in_a_row() -> None:
    # house rule: 20,000 repetitions of the trigger (a number past the context's 28 digits)
    text = ", ".join("123456789012345678901234567890" for _ in range(20_000))
    found = find_numbers(text, Locale.parse("en"))
    assert len(found) == 20_000
    pt = Locale.parse("pt_BR")
    assert {format_number(m, pt) for m in found} == {"123456789012345678901234567890"}


@pytest.mark.parametrize("digits", [29, 20_000])
def test_run_of_an_article_holding_a_long_number(fake_engine: object, tmp_path: Path,
                                                 digits: int) -> None:
    article = tmp_path / "long.txt"
    article.write_text(f"The total was {'9' * digits} euros, and {'7' * digits} million.\n",
                       encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("run", article, "--to", "pt-BR", "--engine", "fake", "--no-cache",
                    "--out", out, "--format", "md,json,xliff,po", "-q")
    assert result.code in (0, 9), result.stderr  # 9: findings, as documented
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.suffix for p in out.iterdir()) == [".json", ".md", ".po", ".xlf"]
