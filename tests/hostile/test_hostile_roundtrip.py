"""Every writer round-trips hostile text: bidi controls, stacks of combining marks, C0/C1
controls, BOMs and noncharacters, line and paragraph separators, 1 MB tokens. Each reviewer file
parses back exactly with the project's own reader (and passes its staleness check) and is
accepted by independent tools: ``msgfmt --check`` and polib for PO, lxml (and the XLIFF schema)
for XLIFF, lxml for TMX, feedparser for the localized feeds.

Property-based (hypothesis), with a small example budget so the suite stays fast; the fuzzing
script (scripts/fuzz) runs the same properties with a time budget instead.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from hostile.roundtrip import (
    hostile_text,
    make_edition,
    msgfmt_check,
    polib_pairs,
    render,
    write,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translate.errors import InputError
from translate.read import clean_text, parse_article
from translate.review import edition_from_dict, read_po_file, read_xliff, verify

SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schemas"
BUDGET = settings(max_examples=25, deadline=None, derandomize=False,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                         HealthCheck.function_scoped_fixture])

pairs_strategy = st.lists(
    st.lists(st.tuples(hostile_text(), hostile_text()), min_size=1, max_size=3),
    min_size=1, max_size=3,
)
needs_msgfmt = pytest.mark.skipif(
    shutil.which("msgfmt") is None,
    reason="gettext's msgfmt is not installed (apt-get install gettext): the PO files are"
           " still checked with polib and the project's reader",
)


def _expected(pairs: list[list[tuple[str, str]]]) -> list[tuple[str, str, str]]:
    return [(f"b{b}.s{i}", s, t) for b, block in enumerate(pairs) for i, (s, t) in enumerate(block)]


@BUDGET
@given(pairs=pairs_strategy)
def test_po_round_trips_through_our_reader_and_polib(
    tmp_path_factory: pytest.TempPathFactory, pairs: list[list[tuple[str, str]]]
) -> None:
    edition = make_edition(pairs)
    path = write(edition, "po", tmp_path_factory.mktemp("po"))
    review = read_po_file(path)
    verify(review, edition)  # same sentences, same fingerprint: nothing was lost or changed
    assert [(s.id, s.source, s.target) for s in review.segments] == _expected(pairs)
    assert polib_pairs(path) == _expected(pairs)


@needs_msgfmt
@BUDGET
@given(pairs=pairs_strategy)
def test_po_passes_msgfmt_check(
    tmp_path_factory: pytest.TempPathFactory, pairs: list[list[tuple[str, str]]]
) -> None:
    path = write(make_edition(pairs), "po", tmp_path_factory.mktemp("po"))
    assert msgfmt_check(path) is None


raw_pairs = st.lists(
    st.lists(st.tuples(hostile_text(clean=False), hostile_text(clean=False)), min_size=1,
             max_size=3),
    min_size=1, max_size=2,
)


@needs_msgfmt
@BUDGET
@given(pairs=raw_pairs)
def test_po_from_raw_text_is_still_accepted_by_gettext(
    tmp_path_factory: pytest.TempPathFactory, pairs: list[list[tuple[str, str]]]
) -> None:
    """Raw control characters (an edition built through the Python API, not read from a file):
    the PO file may lose what gettext cannot hold (EOT), but it always parses."""
    path = write(make_edition(pairs), "po", tmp_path_factory.mktemp("po"))
    assert msgfmt_check(path) is None
    assert len(polib_pairs(path)) == sum(len(b) for b in pairs)
    assert len(read_po_file(path).segments) == sum(len(b) for b in pairs)


@BUDGET
@given(pairs=pairs_strategy)
def test_xliff_round_trips_and_stays_valid(
    tmp_path_factory: pytest.TempPathFactory, pairs: list[list[tuple[str, str]]]
) -> None:
    from lxml import etree

    edition = make_edition(pairs)
    path = write(edition, "xliff", tmp_path_factory.mktemp("xlf"))
    review = read_xliff(path)
    verify(review, edition)
    assert [(s.id, s.source, s.target) for s in review.segments] == _expected(pairs)
    doc = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
    schema = SCHEMAS / "xliff_core_2.0_subset.xsd"
    if schema.exists():
        xsd = etree.XMLSchema(etree.parse(str(schema)))
        assert xsd.validate(doc), xsd.error_log


@BUDGET
@given(pairs=pairs_strategy)
def test_tmx_round_trips(pairs: list[list[tuple[str, str]]]) -> None:
    from lxml import etree

    from translate.check import in_other_language, in_source_language, is_blank, passed_through
    from translate.tm import TMEntry, foreign_script, from_tmx, to_tmx

    # as the store holds them (`tm export`): one target per source sentence, the last written
    last = {s: (i, t) for i, s, t in _expected(pairs)}
    entries = [TMEntry("en", "pt-BR", s, t, segment=i) for s, (i, t) in last.items()]
    data = to_tmx(entries)
    etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    back = from_tmx(data, "hostile.tmx")
    # every unit back, but those the reader documents as left out (read_tmx): a target in a
    # script Portuguese is not written in, the source's own words, another sentence in the
    # source's language (fuzz41) or one in a third language (fuzz42), or a target of white space
    # and invisible characters only (fuzz44)
    kept = [(e.source, e.target) for e in entries
            if not is_blank(e.source) and not is_blank(e.target)
            and not (e.target != e.source and foreign_script(e.target, "pt-BR"))
            and not passed_through(e.source, e.target, "en")
            and not in_source_language(e.target, "en", "pt")
            and not in_other_language(e.target, "en", "pt")]
    assert [(e.source, e.target) for e in back] == kept


@BUDGET
@given(pairs=pairs_strategy)
def test_json_edition_round_trips(pairs: list[list[tuple[str, str]]]) -> None:
    import json

    edition = make_edition(pairs)
    back = edition_from_dict(json.loads(render(edition, "json")))
    assert [(s.id, s.source, s.target) for s in back.segments] == _expected(pairs)


@BUDGET
@given(pairs=pairs_strategy, fmt=st.sampled_from(["html", "md"]))
def test_page_editions_parse_and_hold_no_raw_controls(
    pairs: list[list[tuple[str, str]]], fmt: str
) -> None:
    """HTML and Markdown editions: parse (lxml) and never carry NUL or lone surrogates."""
    text = render(make_edition(pairs), fmt)
    text.encode("utf-8")  # no lone surrogate
    assert "\x00" not in text
    if fmt == "html":
        from lxml import html as lxml_html

        lxml_html.document_fromstring(text.encode("utf-8"))


@BUDGET
@given(title=hostile_text(), body=hostile_text(max_size=200), kind=st.sampled_from(["rss", "atom"]))
def test_localized_feed_parses_back(
    tmp_path_factory: pytest.TempPathFactory, title: str, body: str, kind: str
) -> None:
    import feedparser

    from translate.feeds import FeedReader
    from translate.feeds.writer import write_feed

    path = tmp_path_factory.mktemp("feed") / "feed.xml"
    entry = {"guid": "urn:x:1", "title": title, "summary_html": f"<p>{body}</p>",
             "page": "items/a.html", "published": "2024-04-01T10:00:00Z"}
    write_feed(path, kind=kind, locale="pt-BR", channel={"title": title, "link": "https://e.x/"},
               entries=[entry])
    parsed = feedparser.parse(path.read_bytes())
    assert not parsed.bozo, parsed.bozo_exception
    items = list(FeedReader(path))
    assert len(items) == 1 and items[0].key == "urn:x:1"


# -- text at the input boundary ---------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(), max_size=200))
def test_any_decoded_text_is_refused_or_made_writable(text: str) -> None:
    """Text from any decoder (surrogateescape leaves lone surrogates) is either refused with an
    InputError or becomes text every writer can encode."""
    try:
        article = parse_article(text, fmt="txt")
    except InputError:
        return
    article.text.encode("utf-8")
    for block in article.blocks:
        block.text.encode("utf-8")
        assert "\x00" not in block.text


def test_clean_text_repairs_lone_surrogates_and_refuses_nul() -> None:
    assert clean_text("caf\udce9 ok") == "caf\ufffd ok"
    assert clean_text("\ud83d\ude00") == "\ufffd\ufffd"  # a pair split in two is still lone
    with pytest.raises(InputError, match="binary"):
        clean_text("a\x00b")


@pytest.mark.parametrize("fmt", ["po", "xliff", "json", "md", "html"])
def test_one_megabyte_token_round_trips_quickly(tmp_path: Path, fmt: str) -> None:
    """A 1 MB token, and a 1 MB run of bidi controls, combining marks and separators, in one
    sentence (a hang guard, not a benchmark: each takes a second or so)."""
    token = "x" * (1 << 20)
    controls = "\u202e\u0301\u2028" * (1 << 18) + "\ufffe\uffff" * 1000
    edition = make_edition([[("Before " + token + " after.", "Antes " + token + " depois.")],
                            [("Ctl " + controls + ".", "Ctl " + controls + ".")]])
    start = time.monotonic()
    path = write(edition, fmt, tmp_path)
    if fmt == "po":
        review = read_po_file(path)
        verify(review, edition)
        if shutil.which("msgfmt"):
            assert msgfmt_check(path) is None
    elif fmt == "xliff":
        verify(read_xliff(path), edition)
    assert time.monotonic() - start < 60
