"""probe39: a leap day stays the 29th when the localizer writes a date the target's way.

The Senate of Pakistan page's "29 February 1956" was published "28 de fevereiro de 1956" in
both Portuguese editions: ``format_date_mention`` clamped every February day to 28.
"""

from __future__ import annotations

import pytest

from translate.locales import get_profile
from translate.localize.stage import localize_text, localizer_for


@pytest.mark.parametrize("tag", ["pt-BR", "pt-PT"])
@pytest.mark.parametrize(
    ("source", "target", "want"),
    [
        ("It was passed on 29 February 1956.", "Foi aprovada em 29 de fevereiro de 1956.",
         "29 de fevereiro de 1956"),
        ("The vote is on February 29, 2024.", "A votação é em 29 de fevereiro de 2024.",
         "29 de fevereiro de 2024"),
        ("He was born on 29 February.", "Ele nasceu em 29 de fevereiro.", "29 de fevereiro"),
    ],
)
def test_leap_day_kept_in_portuguese(tag: str, source: str, target: str, want: str) -> None:
    done = localize_text(source, target, localizer_for(get_profile(tag), "en"), "s")
    assert want in done.text
    assert "28 de fevereiro" not in done.text


def test_leap_day_kept_in_english() -> None:
    done = localize_text("A sessão foi em 29 de fevereiro de 2000.",
                         "The session was on 29 February 2000.",
                         localizer_for(get_profile("en-US"), "pt"), "s")
    assert "29" in done.text and "28" not in done.text


def test_other_days_of_february_unchanged() -> None:
    done = localize_text("It was passed on 28 February 1956.",
                         "Foi aprovada em 28 de fevereiro de 1956.",
                         localizer_for(get_profile("pt-BR"), "en"), "s")
    assert done.text == "Foi aprovada em 28 de fevereiro de 1956."
