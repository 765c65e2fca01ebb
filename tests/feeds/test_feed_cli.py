"""``translate feed`` end to end with the fake engine: outputs, re-runs, hostile feeds, HTTP."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import feedparser
import pytest
from click.testing import Result
from fakes import FakeEngine
from feeds.feedgen import atom, item, rss
from loopback import Served
from lxml import etree

from translate.errors import EXIT_PARTIAL
from translate.feeds.run import Progress

Run = Callable[..., Result]


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


@pytest.fixture
def world(tmp_path: Path) -> Path:
    return write(tmp_path / "world.xml", rss([item(n) for n in range(1, 4)]))


def test_feed_writes_localized_rss_and_item_pages(tmp_path: Path, world: Path,
                                                  feed_cli: Run) -> None:
    out = tmp_path / "site"
    result = feed_cli(world, "--to", "pt-BR", "--out", out, "--format", "html,json")
    assert result.exit_code == 0, result.stderr
    last = result.stdout.splitlines()[-1]
    assert last.startswith("3 translated, 0 skipped (unchanged), 0 failed;")
    parsed = feedparser.parse((out / "world" / "pt-BR" / "rss.xml").read_bytes())
    assert parsed.bozo == 0
    assert parsed.feed.language == "pt-BR"
    assert parsed.feed.title == "[pt] World news from the example desk"
    assert [e.id for e in parsed.entries] == [f"https://news.example.org/world/{n}"
                                             for n in range(1, 4)]
    first = parsed.entries[0]
    assert first.title == "[pt] Ministers meet for round 1 of the border talks"
    assert first.link.startswith("items/ministers-meet-for-round-1-of-the-border-talks-")
    assert (out / "world" / "pt-BR" / first.link).is_file()
    assert first.link.endswith(".pt-BR.html")
    content = first.content[0].value
    assert '<a href="https://news.example.org/people/1" rel="nofollow noopener">' in content
    assert "<p>[pt] Aid agencies warned that prices" in content
    assert first.summary.startswith("[pt] Round 1 of the talks began in Velmora on ")
    assert first.published == "Tue, 02 Apr 2024 10:00:00 GMT"  # weekday from the date
    pages = [p.name for p in files_under(out / "world" / "pt-BR" / "items")]
    assert len(pages) == 6 and sum(p.endswith(".json") for p in pages) == 3


def test_item_pages_keep_the_links_the_localized_feed_keeps(tmp_path: Path, world: Path,
                                                           feed_cli: Run) -> None:
    from lxml import html as lxml_html

    out = tmp_path / "site"
    result = feed_cli(world, "--to", "pt-BR", "--out", out, "--format", "html,md,json")
    assert result.exit_code == 0, result.stderr
    parsed = feedparser.parse((out / "world" / "pt-BR" / "rss.xml").read_bytes())
    for entry in parsed.entries:
        in_feed = re.findall(r'href="([^"]+)"', entry.content[0].value)
        assert in_feed  # every generated item links to a person
        page = out / "world" / "pt-BR" / entry.link
        doc = lxml_html.document_fromstring(page.read_text(encoding="utf-8"))
        assert [a.get("href") for a in doc.xpath("//article//a")] == in_feed
        md = page.with_suffix(".md").read_text(encoding="utf-8")
        assert all(f"]({href})" in md for href in in_feed)
        edition = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        assert edition["title"] == entry.title  # the headline is the title of every format


def test_atom_in_atom_out_with_xml_lang(tmp_path: Path, feed_cli: Run) -> None:
    source = write(tmp_path / "news.atom", atom([item(1), item(2)]))
    out = tmp_path / "site"
    result = feed_cli(source, "--to", "de", "--out", out, "--format", "md,json",
                      "--base-url", "https://pub.example/l10n/")
    assert result.exit_code == 0, result.stderr
    path = out / "news" / "de" / "atom.xml"
    root = etree.parse(str(path)).getroot()
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "de"
    parsed = feedparser.parse(path.read_bytes())
    assert parsed.bozo == 0
    assert [e.id for e in parsed.entries] == ["https://news.example.org/world/1",
                                             "https://news.example.org/world/2"]
    assert parsed.entries[0].link.startswith("https://pub.example/l10n/news/de/items/")
    assert parsed.entries[0].link.endswith(".de.md")
    assert parsed.entries[0].title == "[de] Ministers meet for round 1 of the border talks"


def test_second_run_makes_zero_model_calls(tmp_path: Path, world: Path, feed_cli: Run,
                                           fake_engine: FakeEngine) -> None:
    out = tmp_path / "site"
    assert feed_cli(world, "--to", "pt-BR,de", "--out", out).exit_code == 0
    assert fake_engine.calls != []
    fake_engine.calls.clear()
    before = (out / "world" / "de" / "rss.xml").read_bytes()
    again = feed_cli(world, "--to", "pt-BR,de", "--out", out)
    assert again.exit_code == 0
    assert fake_engine.calls == []
    last = again.stdout.splitlines()[-1]
    assert last.startswith("0 translated, 6 skipped (unchanged), 0 failed;")
    after = (out / "world" / "de" / "rss.xml").read_bytes()
    strip = re.compile(rb"<lastBuildDate>.*?</lastBuildDate>")
    assert strip.sub(b"", after) == strip.sub(b"", before)


def test_changed_and_new_items_only_are_translated(tmp_path: Path, feed_cli: Run,
                                                   fake_engine: FakeEngine) -> None:
    out = tmp_path / "site"
    source = write(tmp_path / "world.xml", rss([item(1), item(2)]))
    assert feed_cli(source, "--to", "pt-BR", "--out", out).exit_code == 0
    write(source, rss([item(1), item(2, title="A corrected headline about the talks"), item(3)]))
    fake_engine.calls.clear()
    result = feed_cli(source, "--to", "pt-BR", "--out", out, "--json")
    summary = json.loads(result.stdout)
    assert (summary["translated"], summary["skipped"], summary["failed"]) == (2, 1, 0)
    status = {i["guid"].rsplit("/", 1)[1]: i["status"] for i in summary["items"]}
    assert status == {"1": "skipped", "2": "translated", "3": "translated"}
    sent = [s for _, _, batch in fake_engine.calls for s in batch]
    assert "Ministers meet for round 1 of the border talks" not in sent
    titles = [e.title for e in feedparser.parse(
        (out / "world" / "pt-BR" / "rss.xml").read_bytes()).entries]
    assert titles == ["[pt] Ministers meet for round 1 of the border talks",
                      "[pt] A corrected headline about the talks",
                      "[pt] Ministers meet for round 3 of the border talks"]


def test_force_and_deleted_outputs_translate_again(tmp_path: Path, world: Path,
                                                   feed_cli: Run) -> None:
    out = tmp_path / "site"
    first = json.loads(feed_cli(world, "--to", "pt-BR", "--out", out, "--json").stdout)
    victim = Path(first["items"][1]["files"][0])
    victim.unlink()
    again = json.loads(feed_cli(world, "--to", "pt-BR", "--out", out, "--json").stdout)
    assert [i["status"] for i in again["items"]] == ["skipped", "translated", "skipped"]
    assert victim.is_file()
    forced = json.loads(feed_cli(world, "--to", "pt-BR", "--out", out, "--json",
                                 "--force").stdout)
    assert (forced["translated"], forced["skipped"]) == (3, 0)


def test_json_summary_shape(tmp_path: Path, world: Path, feed_cli: Run) -> None:
    result = feed_cli(world, "--to", "pt-BR", "--out", tmp_path / "site", "--json")
    summary = json.loads(result.stdout)
    assert set(summary) == {"translated", "copied", "skipped", "failed", "pending", "items",
                            "feeds", "policy", "held", "withheld", "marked", "released", "findings",
                            "exit_code", "origins"}  # origins: probe48
    assert summary["policy"] == "hold" and summary["findings"]["blocking"] == 0
    first = summary["items"][0]
    assert set(first) == {"feed", "guid", "id", "locale", "status", "files", "segments",
                          "blocking", "warnings", "action", "findings", "origins"}
    assert first["action"] == "published" and first["blocking"] == 0
    assert (first["feed"], first["locale"], first["status"]) == ("world", "pt-BR", "translated")
    assert summary["feeds"][0]["feeds"] == {"pt-BR": str(tmp_path / "site" / "world" / "pt-BR"
                                                         / "rss.xml")}
    assert result.stderr == ""  # not a terminal: no progress line


def test_feed_from_local_http_server(tmp_path: Path, http_root: Served,
                                     feed_cli: Run) -> None:
    root, base = http_root
    write(root / "world.rss", rss([item(1), item(2)]))
    result = feed_cli(f"{base}/world.rss", "--to", "pt-BR", "--out", tmp_path / "site", "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["translated"] == 2
    assert summary["feeds"][0]["slug"] == "127-0-0-1-world"


@pytest.mark.parametrize(
    ("path", "message"),
    [("missing.rss", "HTTP 404"), (None, "cannot fetch")],
    ids=["http-404", "connection-refused"],
)
def test_network_errors_exit_8(tmp_path: Path, http_root: Served, feed_cli: Run,
                               path: str | None, message: str) -> None:
    import socket

    _, base = http_root
    if path is None:
        with socket.socket() as sock:  # a port nobody listens on
            sock.bind(("127.0.0.1", 0))
            url = f"http://127.0.0.1:{sock.getsockname()[1]}/feed.xml"
    else:
        url = f"{base}/{path}"
    out = tmp_path / "site"
    result = feed_cli(url, "--to", "pt-BR", "--out", out)
    assert result.exit_code == 8
    assert result.stderr.startswith("error[E008]: ") and message in result.stderr
    assert files_under(out) == []


def test_download_size_cap(http_root: Served) -> None:
    from translate.errors import InputError
    from translate.feeds.sources import fetch

    root, base = http_root
    write(root / "big.xml", "x" * 5000)
    with pytest.raises(InputError, match="larger than"):
        fetch(f"{base}/big.xml", io.BytesIO(), max_bytes=1000)


def test_feed_list_with_a_bad_feed_goes_on(tmp_path: Path, world: Path, feed_cli: Run) -> None:
    write(tmp_path / "page.xml", "<!DOCTYPE html><html><body>A web page</body></html>")
    listing = write(tmp_path / "feeds.txt", "world.xml\npage.xml\n")
    result = feed_cli(listing, "--to", "pt-BR", "--out", tmp_path / "site", "--json")
    assert result.exit_code == 10  # partly done: one feed written, one could not be read
    summary = json.loads(result.stdout)
    assert summary["translated"] == 3
    errors = {f["slug"]: f["error"] for f in summary["feeds"]}
    assert errors["world"] is None
    assert errors["page"].startswith("error[E003]: ") and "HTML page" in errors["page"]
    assert "HTML page" in result.stderr


@pytest.mark.parametrize(
    "document",
    [
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        "<rss><channel><item><title>&b;</title></item></channel></rss>",
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
        "<rss><channel><item><title>&x;</title></item></channel></rss>",
    ],
    ids=["entity-expansion", "external-entity"],
)
def test_entity_attacks_are_refused_before_anything_is_written(
    tmp_path: Path, feed_cli: Run, document: str
) -> None:
    source = write(tmp_path / "evil.xml", document)
    out = tmp_path / "site"
    result = feed_cli(source, "--to", "pt-BR", "--out", out)
    assert result.exit_code == 3
    assert "declares XML entities" in result.stderr
    assert files_under(out) == []


HOSTILE_TITLES = ["../../../../etc/passwd", "..\\..\\windows\\system32", "CON", "nul.txt",
                  "bell\x07and\x1bescape", "/absolute/path", "x" * 500, "日本語のタイトル", ""]


def test_hostile_items_stay_inside_out_and_inert(tmp_path: Path, feed_cli: Run) -> None:
    items = [item(n, title=t or None) for n, t in enumerate(HOSTILE_TITLES)]
    items.append(item(50, content='<p onmouseover="alert(1)">Evil <script>alert(2)</script>'
                                  '<a href="javascript:alert(3)">click</a> here.</p>'
                                  '<iframe src="https://evil.example/"></iframe>'))
    source = write(tmp_path / "hostile.xml", rss(items))
    out = tmp_path / "site"
    result = feed_cli(source, "--to", "pt-BR", "--out", out, "--format", "html,md,json", "--json")
    # a BEL in a title makes the feed not well-formed: every item is recovered, and the run says
    # so with the "partly done" code (issue 16)
    assert result.exit_code == EXIT_PARTIAL, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["translated"], summary["failed"]) == (len(items), 0)
    written = files_under(tmp_path)
    assert all(p.resolve().is_relative_to(out.resolve()) or p.parent == tmp_path
               for p in written)
    names = [p.name for p in files_under(out / "hostile" / "pt-BR" / "items")]
    assert all(re.fullmatch(r"[a-z0-9-]+-[0-9a-f]{10}\.pt-BR\.(html|md|json)", n) for n in names)
    assert len(names) == 3 * len(items)
    feed_bytes = (out / "hostile" / "pt-BR" / "rss.xml").read_bytes()
    assert feedparser.parse(feed_bytes).bozo == 0
    for path in files_under(out):
        text = path.read_text(encoding="utf-8").lower()
        for needle in ("<script>alert", "onmouseover", "javascript:", "<iframe", "evil.example",
                       "\x07", "\x1b"):
            assert needle not in text, (path.name, needle)
    assert "no title" in result.stderr


def test_duplicate_guids_both_published(tmp_path: Path, feed_cli: Run) -> None:
    same = "https://news.example.org/world/1"
    source = write(tmp_path / "dups.xml", rss([item(1), item(2, guid=same)]))
    result = feed_cli(source, "--to", "pt-BR", "--out", tmp_path / "site")
    assert result.exit_code == 0
    assert "duplicate id" in result.stderr
    parsed = feedparser.parse((tmp_path / "site" / "dups" / "pt-BR" / "rss.xml").read_bytes())
    assert [e.id for e in parsed.entries] == [same, f"{same}#2"]


def test_repeated_warnings_are_counted_not_repeated(tmp_path: Path, feed_cli: Run) -> None:
    source = write(tmp_path / "undated.xml", rss([item(n, date=None) for n in range(8)]))
    result = feed_cli(source, "--to", "pt-BR", "--out", tmp_path / "site")
    assert result.exit_code == 0
    assert result.stderr.count(": no date") == 5
    assert "3 more items with 'no date'" in result.stderr


def test_enormous_item_is_truncated_with_a_message(tmp_path: Path, feed_cli: Run) -> None:
    body = "".join(f"<p>Paragraph {n} tells the long story of the border talks.</p>"
                   for n in range(400))
    source = write(tmp_path / "big.xml", rss([item(1, content=body)]))
    result = feed_cli(source, "--to", "pt-BR", "--out", tmp_path / "site",
                      "--max-item-chars", "2000", "--json")
    summary = json.loads(result.stdout)
    assert summary["translated"] == 1
    page = next(p for p in summary["items"][0]["files"] if p.endswith(".json"))
    blocks = json.loads(Path(page).read_text(encoding="utf-8"))["blocks"]
    assert 20 < len(blocks) < 60
    parsed = feedparser.parse((tmp_path / "site" / "big" / "pt-BR" / "rss.xml").read_bytes())
    assert "Paragraph 399" not in parsed.entries[0].content[0].value


def test_no_route_fails_every_item_with_its_exit_code(tmp_path: Path, world: Path,
                                                      feed_cli: Run) -> None:
    result = feed_cli(world, "--to", "ja", "--out", tmp_path / "site")
    assert result.exit_code == 4
    assert "failed:" in result.stderr and "no engine translates en -> ja" in result.stderr
    last = result.stdout.splitlines()[-1]
    assert last.startswith("0 translated, 0 skipped (unchanged), 3 failed;")


def test_failed_items_are_retried_next_run(tmp_path: Path, world: Path, feed_cli: Run) -> None:
    out = tmp_path / "site"
    assert feed_cli(world, "--to", "ja", "--out", out).exit_code == 4
    result = feed_cli(world, "--to", "ja", "--out", out, "--json")
    assert json.loads(result.stdout)["failed"] == 3


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("stream", "shown"), [(_Tty(), True), (io.StringIO(), False)],
                         ids=["terminal", "pipe"])
def test_progress_only_on_a_terminal(stream: io.StringIO, shown: bool) -> None:
    progress = Progress(stream)
    progress.begin(10)
    progress.update(4, 37, force=True)
    progress.end()
    text = stream.getvalue()
    assert ("4/10 items · 37 sentences" in text and "ETA" in text) is shown
    assert (text == "") is not shown


def test_invisible_characters_inside_words_and_numbers_are_removed_in_items(
    tmp_path: Path, feed_cli: Run, fake_engine: FakeEngine
) -> None:
    """A feed item's soft hyphens and zero-width spaces reached the engine: the embedded engine
    wrote "Vladi'mir Putin", "O min-lo éter" (minister) and "$1 500 milhões", published with
    exit 0. The file reader removed them; the feed reader now does the same."""
    it = item(1, title="Vladi&#173;mir Putin meets the min&#8203;ister",
              summary="", content="<p>The bridge cost $1&#8203;500 million and opened in "
                                  "2&#x200B;024 after talks with Vladi&shy;mir Putin.</p>")
    source = write(tmp_path / "shy.xml", rss([it]))
    result = feed_cli(source, "--to", "pt-BR", "--out", tmp_path / "site", "--json")
    assert result.exit_code == 0, result.stderr
    sent = " ".join(s for call in fake_engine.calls for s in call[2])
    for word in ("Vladimir Putin meets the minister", "$1500 million", "2024"):
        assert word in sent
    assert not any(ch in sent for ch in "\u00ad\u200b")
    parsed = feedparser.parse((tmp_path / "site" / "shy" / "pt-BR" / "rss.xml").read_bytes())
    entry = parsed.entries[0]
    assert entry.title.startswith("[pt] Vladimir Putin meets the minister")  # the title kept
    published = " ".join([entry.title, entry.get("summary", "")]
                         + [c.value for c in entry.get("content", [])])
    assert "Vladimir Putin" in published and "\u00ad" not in published
