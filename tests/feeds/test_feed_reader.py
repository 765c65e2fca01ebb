"""Reading feeds: RSS 2.0, RSS 1.0, Atom, dates, entities, and every kind of broken feed."""

from __future__ import annotations

from pathlib import Path

import pytest
from feeds.feedgen import atom, item, rss

from translate.errors import InputError
from translate.feeds.reader import FeedReader, parse_date
from translate.feeds.sources import resolve_sources


def read(tmp_path: Path, text: str | bytes, name: str = "feed.xml") -> tuple[FeedReader, list]:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    reader = FeedReader(path)
    return reader, list(reader)


def test_rss2_items_fields(tmp_path: Path) -> None:
    reader, items = read(tmp_path, rss([item(1), item(2)]))
    assert reader.info is not None
    assert (reader.info.kind, reader.info.title, reader.info.lang) == (
        "rss", "World news from the example desk", "en")
    first = items[0]
    assert first.key == "https://news.example.org/world/1"
    assert first.title == "Ministers meet for round 1 of the border talks"
    assert first.published == "2024-04-02T10:00:00Z"
    assert first.summary == "Round 1 of the talks began in Velmora on Monday morning."
    assert first.content is not None and "<a href=" in first.content
    assert [i.position for i in items] == [0, 1]
    assert first.warnings == []


def test_atom_entries_fields(tmp_path: Path) -> None:
    reader, items = read(tmp_path, atom([item(3)]))
    assert reader.info is not None
    assert (reader.info.kind, reader.info.id, reader.info.language) == (
        "atom", "tag:news.example.org,2024:world", "en")
    entry = items[0]
    assert entry.key == "https://news.example.org/world/3"
    assert entry.link == "https://news.example.org/world/3"
    assert entry.summary == "<p>Round 3 of the talks began in Velmora on Monday morning.</p>"
    assert entry.content is not None and entry.content.startswith("<p>")
    assert entry.published == "2024-04-02T10:00:00Z"


def test_rss1_rdf_items(tmp_path: Path) -> None:
    text = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://x.example/"><title>RDF news</title><link>https://x.example/</link>
<description>d</description><dc:language>fr</dc:language></channel>
<item rdf:about="https://x.example/1"><title>Premier titre</title><link>https://x.example/1</link>
<description>Texte de la nouvelle.</description><dc:date>2024-03-01T08:00:00+01:00</dc:date></item>
</rdf:RDF>"""
    reader, items = read(tmp_path, text)
    assert reader.info is not None and reader.info.lang == "fr"
    assert [(i.key, i.title, i.published) for i in items] == [
        ("https://x.example/1", "Premier titre", "2024-03-01T07:00:00Z")]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Mon, 06 May 2024 10:00:00 +0200", "2024-05-06T08:00:00Z"),
        ("Mon, 06 May 2024 10:00:00 GMT", "2024-05-06T10:00:00Z"),
        ("2024-05-06T10:00:00Z", "2024-05-06T10:00:00Z"),
        ("2024-05-06 10:00:00", "2024-05-06T10:00:00Z"),
        ("2024-05", "2024-05-01T00:00:00Z"),
        ("yesterday at noon", None),
        ("", None),
    ],
    ids=["rfc822-offset", "rfc822-gmt", "rfc3339", "space", "partial", "garbage", "empty"],
)
def test_parse_date(raw: str, expected: str | None) -> None:
    assert parse_date(raw) == expected


def test_undefined_html_entities_are_decoded(tmp_path: Path) -> None:
    text = rss([], raw_items="<item><title>Caf&eacute; &amp; bar&nbsp;news</title>"
                             "<guid>e1</guid></item>")
    _reader, items = read(tmp_path, text)
    assert items[0].title == "Café & bar news"


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2'
         ' "&lol;&lol;&lol;&lol;&lol;&lol;">]><rss><channel><title>&lol2;</title>'
         "<item><title>x</title></item></channel></rss>", "declares XML entities"),
        ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
         "<rss><channel><item><title>&xxe;</title></item></channel></rss>",
         "declares XML entities"),
        ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % pe SYSTEM "http://127.0.0.1:9/x.dtd">'
         " %pe;]><rss><channel><item><title>x</title></item></channel></rss>",
         "declares XML entities"),
        ("<!DOCTYPE html><html><head><title>Site</title><link rel='alternate'"
         " type='application/rss+xml' href='/feed.xml'></head><body>Hi</body></html>",
         "HTML page"),
        ("<html><body><p>Not a feed</p></body></html>", "HTML page"),
        ("just some text, no markup at all", "not an XML feed"),
        ('<?xml version="1.0"?><catalog><book>x</book></catalog>', "root element <catalog>"),
        ("", "empty file"),
    ],
    ids=["billion-laughs", "xxe", "parameter-entity", "html-page", "html-no-doctype",
         "plain-text", "other-xml", "empty"],
)
def test_hostile_or_wrong_documents_are_refused(tmp_path: Path, document: str,
                                                message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        read(tmp_path, document)
    assert info.value.exit_code == 3


def test_html_page_hint_names_the_feed_link(tmp_path: Path) -> None:
    page = ("<!DOCTYPE html><html><head><link rel='alternate' type='application/atom+xml'"
            " href='https://site.example/atom.xml'></head><body>x</body></html>")
    with pytest.raises(InputError) as info:
        read(tmp_path, page)
    assert info.value.hint == "the page links to the feed https://site.example/atom.xml"


def test_external_dtd_without_entities_is_read_offline(tmp_path: Path) -> None:
    head = ('<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
            ' "http://127.0.0.1:9/rss-0.91.dtd">')
    _reader, items = read(tmp_path, rss([item(1)], head=head))
    assert [i.key for i in items] == ["https://news.example.org/world/1"]


def test_malformed_item_is_recovered_and_later_items_still_read(tmp_path: Path) -> None:
    broken = ("<item><title>Broken <b>unclosed</title><guid>bad</guid>"
              "<description>x &bogus; y</description></item>")
    text = rss([item(1)], raw_items=broken + "<item><title>After the damage</title>"
               "<guid>after</guid><description>Still here.</description></item>")
    reader, items = read(tmp_path, text)
    keys = [i.key for i in items]
    assert keys[0] == "https://news.example.org/world/1"
    assert "after" in keys
    assert any("malformed XML recovered" in w for i in items for w in i.warnings) or any(
        "malformed XML" in w for w in reader.warnings)


def test_truncated_document_keeps_complete_items(tmp_path: Path) -> None:
    text = rss([item(1), item(2)])
    cut = text[: text.index("<item>", text.index("<item>") + 1) + 30]  # mid second item
    reader, items = read(tmp_path, cut)
    assert items[0].key == "https://news.example.org/world/1"
    assert any("malformed XML" in w for w in reader.warnings)


def test_duplicate_guids_get_derived_ids(tmp_path: Path) -> None:
    same = "https://news.example.org/world/7"
    _reader, items = read(tmp_path, rss([item(7), item(8, guid=same), item(9, guid=same)]))
    assert [i.key for i in items] == [same, f"{same}#2", f"{same}#3"]
    assert "duplicate id" in items[1].warnings[0]


@pytest.mark.parametrize(
    ("over", "key", "warning"),
    [
        ({"title": None}, "https://news.example.org/world/1", "no title"),
        ({"date": None}, "https://news.example.org/world/1", "no date"),
        ({"date": "not a date"}, "https://news.example.org/world/1", "unreadable date"),
        ({"guid": None}, "https://news.example.org/world/1", None),
        ({"guid": None, "link": None}, "sha256:", None),
    ],
    ids=["no-title", "no-date", "bad-date", "no-guid-uses-link", "no-guid-no-link-hash"],
)
def test_missing_fields(tmp_path: Path, over: dict, key: str, warning: str | None) -> None:
    _reader, items = read(tmp_path, rss([item(1, **over)]))
    assert items[0].key.startswith(key)
    if warning:
        assert any(warning in w for w in items[0].warnings)


def test_item_with_nothing_is_skipped_with_a_warning(tmp_path: Path) -> None:
    reader, items = read(tmp_path, rss([item(1)], raw_items="<item><guid>empty</guid></item>"))
    assert [i.key for i in items] == ["https://news.example.org/world/1"]
    assert any("no title, summary or content" in w for w in reader.warnings)


def test_enormous_content_is_left_out(tmp_path: Path) -> None:
    huge = "<p>" + "word " * 300_000 + "</p>"
    path = tmp_path / "big.xml"
    path.write_text(rss([item(1, content=huge)]), encoding="utf-8")
    items = list(FeedReader(path, max_item_bytes=100_000))
    assert items[0].content is None
    assert items[0].summary is not None
    assert any("larger than" in w for w in items[0].warnings)


def test_summary_equal_to_content_is_read_once(tmp_path: Path) -> None:
    _reader, items = read(tmp_path, rss([item(1, summary="<p>Same text.</p>",
                                             content="<p>Same text.</p>")]))
    assert (items[0].summary, items[0].content) == (None, "<p>Same text.</p>")


def test_feed_list_resolves_relative_paths_and_urls(tmp_path: Path) -> None:
    (tmp_path / "a.xml").write_text(rss([item(1)]), encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "a.xml").write_text(rss([item(2)]), encoding="utf-8")
    listing = tmp_path / "feeds.txt"
    listing.write_text("# my feeds\n\na.xml\nsub/a.xml\nhttps://news.example.org/a.rss\n",
                       encoding="utf-8")
    sources = resolve_sources(str(listing))
    assert [s.location for s in sources] == [
        str(tmp_path / "a.xml"), str(sub / "a.xml"), "https://news.example.org/a.rss"]
    slugs = [s.slug for s in sources]
    assert slugs[0] == "a" and slugs[1].startswith("a-") and slugs[2] == "news-example-org-a"


@pytest.mark.parametrize("location", ["file:///etc/passwd", "ftp://x.example/feed"],
                         ids=["file-url", "ftp"])
def test_unsupported_url_schemes(location: str) -> None:
    with pytest.raises(InputError, match="unsupported URL scheme"):
        resolve_sources(location)
