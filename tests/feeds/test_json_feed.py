"""JSON Feed (versions 1 and 1.1): read a real one, localize it, refuse what is not one.

The real feed is NPR's technology JSON Feed from trafilatura's test suite (the corpus under
tests/data/realworld). The localized feed is read back with the standard library's JSON parser
and checked against the JSON Feed 1.1 specification's required fields and types.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from translate.errors import InputError
from translate.feeds import FeedReader
from translate.feeds.jsonfeed import EXTENSION, WRITTEN_VERSION, looks_like_json

Run = Callable[..., Result]
NPR = Path(__file__).parents[1] / "data" / "realworld" / "feeds" / "npr-technology.json"


def _facts() -> dict[str, Any]:
    facts: dict[str, Any] = json.loads(NPR.with_name(NPR.name + ".facts.json").read_text())
    return facts


def check_json_feed_1_1(doc: Any) -> None:
    """The JSON Feed 1.1 rules a reader relies on (https://www.jsonfeed.org/version/1.1/)."""
    assert isinstance(doc, dict)
    assert doc["version"] == "https://jsonfeed.org/version/1.1"
    assert isinstance(doc["title"], str)
    assert isinstance(doc["items"], list)
    for key in ("home_page_url", "feed_url", "description", "language"):
        assert key not in doc or isinstance(doc[key], str), key
    ids = []
    for item in doc["items"]:
        assert isinstance(item["id"], str) and item["id"]
        ids.append(item["id"])
        assert isinstance(item.get("content_html", item.get("content_text")), str)
        for key in ("url", "external_url", "title", "summary", "date_published",
                    "date_modified", "language"):
            assert key not in item or isinstance(item[key], str), key
        for key in ("date_published", "date_modified"):
            if key in item:  # RFC 3339
                assert item[key].endswith("Z") and item[key][10] == "T", item[key]
        for author in item.get("authors", []):
            assert isinstance(author["name"], str)
        assert all(isinstance(tag, str) for tag in item.get("tags", []))
        for key in item:  # extensions start with "_"; everything else is a 1.1 field
            assert key.startswith("_") or key in {
                "id", "url", "external_url", "title", "content_html", "content_text",
                "summary", "image", "banner_image", "date_published", "date_modified",
                "authors", "tags", "language", "attachments"}, key
    assert len(ids) == len(set(ids))


def test_reader_reads_the_real_npr_json_feed() -> None:
    facts = _facts()
    reader = FeedReader(NPR)
    items = list(reader)
    assert reader.info is not None and reader.info.kind == "json"
    assert reader.info.title == facts["title"]
    assert len(items) == facts["items"]
    assert items[0].title == facts["first_item_title"]
    assert sum(1 for i in items if i.link) == facts["links"]
    assert len({i.key for i in items}) == len(items)
    assert all(i.published and i.published.endswith("Z") for i in items)
    first = items[0]
    assert first.guid == "1050315385"
    assert first.author == "Manoush Zomorodi"
    assert first.content is not None and first.content.startswith("<p>In rural areas")
    assert first.summary is None  # the same text as the content: one text, not two
    assert first.published == "2021-10-29T14:26:00Z"  # -04:00 as UTC
    assert ["YouTube", "Google"] in [i.categories for i in items]
    assert reader.warnings == []


def test_feed_localizes_a_json_feed_as_a_json_feed(tmp_path: Path, feed_cli: Run) -> None:
    out = tmp_path / "site"
    result = feed_cli(NPR, "--to", "pt-BR", "--out", out, "--format", "html,json")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("25 translated, 0 skipped")
    written = out / "npr-technology" / "pt-BR" / "feed.json"
    doc = json.loads(written.read_bytes())
    check_json_feed_1_1(doc)
    assert doc["language"] == "pt-BR"
    assert doc["title"] == "[pt] Technology"
    assert doc["home_page_url"].startswith("https://www.npr.org/sections/technology/")
    first = doc["items"][0]
    assert first["id"] == "1050315385"
    assert first["title"] == "[pt] Keller Rinaudo: How can delivery drones save lives?"
    assert first["external_url"].startswith("https://www.npr.org/2021/10/29/1050315385/")
    assert (written.parent / first["url"]).is_file()
    assert first["content_html"].startswith("<p>[pt] In rural areas")
    assert first["authors"] == [{"name": "Manoush Zomorodi"}]
    assert first[EXTENSION]["action"] == "published"
    assert first["date_published"] == "2021-10-29T14:26:00Z"
    again = feed_cli(NPR, "--to", "pt-BR", "--out", out, "--format", "html,json")
    assert again.exit_code == 0, again.stderr
    assert again.stdout.splitlines()[-1].startswith("0 translated, 25 skipped")


def test_version_1_fields_and_broken_items(tmp_path: Path, feed_cli: Run) -> None:
    """Version 1's ``author``, a numeric id, ``content_text``, a relative ``url`` and items
    that are not objects: the good items are read, each bad one is skipped with a warning."""
    source = tmp_path / "mixed.json"
    source.write_text(json.dumps({
        "version": "https://jsonfeed.org/version/1", "title": "Desk", "language": "en",
        "home_page_url": "https://news.example.org/desk/",
        "items": [
            "not an item",
            {"id": 7, "content_text": "Talks resumed.\n\nThey cost 5 dollars.",
             "author": {"name": "A. Writer"}, "date_published": "2024-03-01T09:00:00+01:00"},
            {"title": "No id &#8211; none", "url": "/world/2",
             "summary": "Talks <b>ended</b> \ud800.", "date_modified": "yesterday"},
        ]}), encoding="utf-8")
    reader = FeedReader(source)
    items = list(reader)
    assert [i.position for i in items] == [1, 2]
    assert reader.info is not None and reader.info.lang == "en"
    assert reader.warnings == ["item 1: an item must be an object, not str; skipped"]
    numeric, no_id = items
    assert numeric.key == "7" and numeric.author == "A. Writer"
    assert numeric.content == "<p>Talks resumed.</p><p>They cost 5 dollars.</p>"
    assert numeric.published == "2024-03-01T08:00:00Z"
    assert no_id.link == "https://news.example.org/world/2" and no_id.key == no_id.link
    assert no_id.summary == "<p>Talks &lt;b&gt;ended&lt;/b&gt; .</p>"  # summary is plain text
    assert any("no \"id\"" in w for w in no_id.warnings)
    assert no_id.title == "No id \u2013 none"  # an HTML reference in a plain-text title
    assert any("unreadable date 'yesterday'" in w for w in no_id.warnings)
    out = tmp_path / "site"
    result = feed_cli(source, "--to", "pt-BR", "--out", out)
    assert result.exit_code == 0, result.stderr
    check_json_feed_1_1(json.loads((out / "mixed" / "pt-BR" / "feed.json").read_bytes()))


@pytest.mark.parametrize(("data", "message"), [
    (b'{"version": "https://example.org/feed", "items": []}', "not a JSON Feed"),
    (b"[1, 2, 3]", "not a JSON Feed"),
    (b'{"version": "https://jsonfeed.org/version/1.1", "items": {}}', 'without an "items" list'),
    (b'{"version": "https://jsonfeed.org/version/1.1", "items": [', "not valid JSON (line 1"),
    (b"[" * 100_000, "nested deeper than 64 levels"),
    (b'\xef\xbb\xbf{"version": "https://jsonfeed.org/version/1", "title": "\xff"}',
     "must be UTF-8"),
    ('{"version": "https://jsonfeed.org/version/1", "items": []}'.encode("utf-16"),
     "must be UTF-8"),
])
def test_what_is_not_a_json_feed_is_refused_in_one_line(tmp_path: Path, feed_cli: Run,
                                                       data: bytes, message: str) -> None:
    source = tmp_path / "bad.json"
    source.write_bytes(data)
    with pytest.raises(InputError, match=re.escape(message)):
        list(FeedReader(source))
    out = tmp_path / "site"
    result = feed_cli(source, "--to", "pt-BR", "--out", out)
    assert result.exit_code == 3
    errors = [line for line in result.stderr.splitlines() if line.startswith("error")]
    assert len(errors) == 1 and message in errors[0]
    assert "Traceback" not in result.stderr
    assert not list(out.rglob("feed.json"))


def test_an_xml_feed_is_not_taken_for_json() -> None:
    assert looks_like_json(b"\xef\xbb\xbf \n {\"version\": 1}")
    assert looks_like_json('\ufeff{"a": 1}'.encode("utf-16-le"))
    assert not looks_like_json(b'<?xml version="1.0"?><rss/>')
    assert not looks_like_json(b"\n\n<feed xmlns='http://www.w3.org/2005/Atom'/>")
    assert WRITTEN_VERSION.endswith("/1.1")
