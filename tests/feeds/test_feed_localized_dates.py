"""Feed dates written as RFC 822 with the day and month in another language (probe28: UOL
Notícias' real feed, "Seg, 24 Set 2018 19:42:40 -0300", tests/data/probe28/NOTICE.md). Main
could not read them, and the localized feed carried no date for any item. The names are read
from CLDR (every locale's abbreviated and wide month and day names), only when every reading
gives the same date; a date that cannot be read so is left out and reported, never guessed."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.feeds.reader import FeedReader, parse_date

UOL = Path(__file__).resolve().parent.parent / "data" / "probe28" / "uolNoticias.rss"


def test_a_portuguese_feeds_dates_are_read() -> None:
    items = list(FeedReader(UOL))
    assert len(items) == 15
    assert items[0].published == "2018-09-24T22:42:40Z"  # Seg, 24 Set 2018 19:42:40 -0300
    assert all(i.published and i.published.startswith("2018-09-24T") for i in items)
    assert not [w for i in items for w in i.warnings if "unreadable date" in w]


@pytest.mark.parametrize(("raw", "iso"), [
    ("Seg, 24 Set 2018 10:00:00 -0300", "2018-09-24T13:00:00Z"),
    ("Qua, 31 Out 2018 10:00:00 -0300", "2018-10-31T13:00:00Z"),  # "out": October or August
    ("Sáb, 24 Mar 2018 10:00:00 +0100", "2018-03-24T09:00:00Z"),
    ("Sa, 24 Mär 2018 10:00:00 +0100", "2018-03-24T09:00:00Z"),
    ("lun., 5 févr. 2024 08:00:00 +0100", "2024-02-05T07:00:00Z"),
    ("Mon, 24 Sep 2018 10:00:00 -0300", "2018-09-24T13:00:00Z"),  # RFC 822 first, as before
])
def test_localized_day_and_month_names_are_read(raw: str, iso: str) -> None:
    assert parse_date(raw) == iso


@pytest.mark.parametrize("raw", [
    "31 Out 2018 10:00:00 -0300",  # no weekday: "out" is October in Portuguese, August elsewhere
    "Ter, 24 Set 2018 10:00:00 -0300",  # 24 September 2018 was a Monday, not a Tuesday
    "Xyz, 24 Set 2018 10:00:00 -0300",  # no language's weekday
    "Seg, 31 Fev 2018 10:00:00 -0300",  # no such day
])
def test_a_date_that_cannot_be_read_for_certain_is_not_guessed(raw: str) -> None:
    assert parse_date(raw) is None


def test_an_unreadable_localized_date_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "f.rss"
    path.write_text('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                    "<title>t</title><item><title>Um título</title><link>https://x.example/1</link>"
                    "<pubDate>31 Out 2018 10:00:00 -0300</pubDate></item></channel></rss>",
                    encoding="utf-8")
    [item] = list(FeedReader(path))
    assert item.published is None
    assert any("unreadable date '31 Out 2018" in w for w in item.warnings)
