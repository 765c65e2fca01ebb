"""facts47: a month name right before a complete date in digits is no month of that date.

"Ago 25/04/2014" (probe41's DANTEStocks: AGO, a shareholders' annual meeting) was read as the
date "Ago 25" (August 25) as well as the date in digits: the engine's "Aug 25/04/2014" got a
wrongly worded "date 'Ago 25' changed: the target has 'Aug 4'" beside facts46's finding, and
"AGO 25/04/2014" copied was held by the same misreading. The day of a complete date in digits
belongs to that date.
"""

from __future__ import annotations

import pytest

from translate.check import check_pair
from translate.localize.dates import find_dates


def _blocking(source: str, target: str, src: str, locale: str) -> list[str]:
    return [f.message for f in check_pair(source, target, src, locale).findings
            if f.severity == "error"]  # fmt: skip


@pytest.mark.parametrize("text", ["Ago 25/04/2014", "Ago 25.04.2014", "Ago 25-04-2014"])
def test_the_day_of_a_date_in_digits_is_not_read_with_the_word_before(text: str) -> None:
    # the shapes the source side reads Portuguese with (its own and the common foreign ones)
    assert [d.day for d in find_dates(text, ["pt", "en"], ["pt"])] in ([], [None])


def test_one_finding_for_a_month_beside_a_date_of_another_month() -> None:
    found = _blocking("Ago 25/04/2014", "Aug 25/04/2014", "pt", "en-US")
    assert len(found) == 1 and "Aug" in found[0], found


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
def test_the_meeting_copied_before_its_date_passes(locale: str) -> None:
    assert not _blocking("AGO 25/04/2014: aprovada", "AGO 25/04/2014: approved", "pt", locale)


@pytest.mark.parametrize(
    ("text", "day"),
    [("The show runs Aug. 9-16 in Boston.", 9), ("It opened on Aug 25, 2014.", 25),
     ("It opened on Aug 25/2014 at noon.", 25)],
)
def test_a_named_date_and_a_day_range_are_still_read(text: str, day: int) -> None:
    assert day in [d.day for d in find_dates(text, ["en"], ["en"])]
