"""Feed dates written in prose, as the feed's declared language writes a date ("24 de setembro
de 2018"; probe29's leftover, probe30). Main read RFC 822 (in English or, through CLDR's names,
another language) and ISO 8601 only, so such a date was left out as "unreadable". Now the
declared language's CLDR date patterns (full, long, medium; through Babel) read it, with that
locale's month and weekday names only: a weekday that does not fall on the date, a name that is
no month's in the declared language, or a feed that declares no language leaves it unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from translate.feeds.reader import FeedReader, parse_date


@pytest.mark.parametrize(("raw", "language", "iso"), [
    ("24 de setembro de 2018", "pt-br", "2018-09-24T00:00:00Z"),
    ("segunda-feira, 24 de setembro de 2018", "pt-BR", "2018-09-24T00:00:00Z"),
    ("Segunda-feira, 24 de Setembro de 2018 19:42 -03:00", "pt", "2018-09-24T22:42:00Z"),
    ("24 de set. de 2018", "pt", "2018-09-24T00:00:00Z"),
    ("September 24, 2018", "en-us", "2018-09-24T00:00:00Z"),
    ("lunes, 24 de septiembre de 2018, 10:00 +0200", "es", "2018-09-24T08:00:00Z"),
    ("24. September 2018", "de", "2018-09-24T00:00:00Z"),
])
def test_a_date_in_prose_is_read_in_the_feeds_language(raw: str, language: str, iso: str) -> None:
    assert parse_date(raw) is None  # no language: not read
    assert parse_date(raw, language) == iso


@pytest.mark.parametrize(("raw", "language"), [
    ("domingo, 24 de setembro de 2018", "pt"),  # 24 September 2018 was a Monday
    ("24 de setembro de 2018", "en"),  # not an English date
    ("24 de brumário de 2018", "pt"),  # no month of Portuguese
    ("31 de fevereiro de 2018", "pt"),  # no such day
    ("24 de setembro de 2018", "xx-yy"),  # a language CLDR does not know
])
def test_a_date_in_prose_that_cannot_be_read_for_certain_is_not_guessed(raw: str,
                                                                       language: str) -> None:
    assert parse_date(raw, language) is None


def _feed(tmp_path: Path, language: str, date: str) -> Path:
    path = tmp_path / "f.rss"
    path.write_text('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                    f"<title>Notícias</title>{language}<item><title>Um título</title>"
                    f"<link>https://x.example/1</link><pubDate>{date}</pubDate></item>"
                    "</channel></rss>", encoding="utf-8")  # fmt: skip
    return path


def test_a_feed_item_dated_in_prose_carries_its_date(tmp_path: Path) -> None:
    [item] = list(FeedReader(_feed(tmp_path, "<language>pt-br</language>",
                                   "24 de setembro de 2018")))
    assert item.published == "2018-09-24T00:00:00Z"
    assert not [w for w in item.warnings if "unreadable date" in w]


def test_a_feed_that_declares_no_language_reports_the_date(tmp_path: Path) -> None:
    [item] = list(FeedReader(_feed(tmp_path, "", "24 de setembro de 2018")))
    assert item.published is None
    assert any("unreadable date '24 de setembro de 2018'" in w for w in item.warnings)
