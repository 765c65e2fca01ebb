"""Hostile URLs in every field of every feed dialect, in JSONL records and article metadata: no
output of any format carries a URL with an active scheme, however disguised, and each one left
out is reported with the rule ``url:unsafe-scheme``.

Outputs are checked by an independent reading (lxml, json, a regex for Markdown links) and an
independent, deliberately blunt rule (:func:`_active`), not by the product's own checker.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hostile.feedkit import DIALECTS, feed
from hostile.helpers import invoke, tree
from hypothesis import given, settings
from hypothesis import strategies as st

from translate.urls import RULE, clean_url, safe_url, scheme_of

HOSTILE = [
    "javascript:alert(31337)",
    "JaVaScRiPt:alert(31337)",
    " \t\njavascript:alert(31337)",
    "\x01\x02javascript:alert(31337)",
    "java\tscript:alert(31337)",
    "java\u200bscript:alert(31337)",
    "&#106;avascript:alert(31337)",
    "&#x6A;&#x61;vascript&colon;alert(31337)",
    "&amp;#106;avascript:alert(31337)",
    "ｊａｖａｓｃｒｉｐｔ:alert(31337)",
    "vbscript:msgbox(31337)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgzMTMzNyk8L3NjcmlwdD4=",
    "DATA:text/html,<script>alert(31337)</script>",
    "file:///etc/passwd?31337",
    "http://[::1",  # unparseable
]
SAFE = ["https://example.org/a?b=1#c", "http://example.org", "mailto:desk@example.org",
        "/relative/path", "page.html", "?q=1", "#top", "//cdn.example.org/x.jpg"]


@pytest.mark.parametrize("url", HOSTILE)
def test_disguised_active_urls_are_unsafe(url: str) -> None:
    assert not safe_url(url)
    assert clean_url(url) is None
    assert clean_url(url, "https://example.org/") is None


@pytest.mark.parametrize("url", SAFE)
def test_ordinary_urls_are_kept(url: str) -> None:
    assert safe_url(url)
    assert clean_url(url) == url


def test_relative_urls_resolve_against_a_safe_base_only() -> None:
    assert clean_url("a/b", "https://example.org/x/") == "https://example.org/x/a/b"
    assert clean_url("a/b", "javascript:alert(1)//") == "a/b"


_INVISIBLES = st.sampled_from(["", "\t", "\n", "\r", "\x00", "\x0b", "\u200b", "\u202e", "\xad"])


@st.composite
def disguised(draw: st.DrawFn) -> str:
    """An active scheme, disguised the ways browsers see through."""
    scheme = draw(st.sampled_from(["javascript", "vbscript", "data", "livescript"]))
    letters = []
    for ch in scheme + ":":
        form = draw(st.sampled_from(["plain", "upper", "dec", "hex", "named"]))
        if form == "upper":
            ch = ch.upper()
        elif form == "dec":
            ch = f"&#{ord(ch)};"
        elif form == "hex":
            ch = f"&#x{ord(ch):x};"
        elif form == "named" and ch == ":":
            ch = "&colon;"
        letters.append(ch + draw(_INVISIBLES))
    prefix = draw(st.text(alphabet="\x00\x01\x1f \t\n\x7f\x85\xa0\u2028", max_size=4))
    return prefix + "".join(letters) + draw(st.text(max_size=20))


@settings(max_examples=300, deadline=None)
@given(disguised())
def test_no_disguise_gets_an_active_scheme_through(url: str) -> None:
    assert not safe_url(url), url
    assert clean_url(url) is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_whatever_is_kept_is_blunt_safe(text: str) -> None:
    kept = clean_url(text, "https://example.org/base/")
    if kept is not None:
        assert not _active(kept), (text, kept)
        assert scheme_of(kept) in ("", "http", "https", "mailto")


# -- every output of a feed run -------------------------------------------------------------


def _active(url: str) -> bool:
    """The test's own blunt rule: after any number of HTML unescapes, with every control,
    space and invisible character removed and NFKC applied, does it start with an active
    scheme?"""
    import unicodedata

    seen = url
    for _ in range(5):
        seen = html.unescape(seen)
    flat = re.sub(r"[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\s]",
                  "", unicodedata.normalize("NFKC", seen)).lower()
    return flat.startswith(("javascript:", "vbscript:", "data:", "file:", "livescript:"))


_URL_KEYS = {"source", "url", "link", "href", "src", "original_link", "page", "feed", "image",
             "canonical", "original", "resource", "about", "cite", "srcset", "poster", "action"}
_MD_LINK = re.compile(r"\]\(\s*<?([^)>\s]*)")


def _urls_in(path: Path) -> list[str]:
    """Every place a URL can be written in ``path``, read independently of the product."""
    data = path.read_bytes()
    found: list[str] = []
    if path.suffix == ".json":
        def walk(value: Any, key: str = "") -> None:
            if isinstance(value, dict):
                for k, v in value.items():
                    if k == "dropped":
                        continue  # the report of what was left out, as text
                    walk(v, k)
            elif isinstance(value, list):
                for v in value:
                    walk(v, key)
            elif isinstance(value, str) and key in _URL_KEYS:
                found.append(value)
        walk(json.loads(data))
    elif path.suffix in (".xml", ".html", ".xlf"):
        from lxml import etree
        from lxml import html as lxml_html

        if path.suffix == ".html":
            root = lxml_html.document_fromstring(data)
        else:
            root = etree.fromstring(data, etree.XMLParser(resolve_entities=False))
        for el in root.iter():
            for name, value in el.attrib.items():
                if name.split("}")[-1].lower() in _URL_KEYS:
                    found.append(value)
            tag = el.tag.split("}")[-1] if isinstance(el.tag, str) else ""
            if tag in ("link", "url", "guid", "id", "source", "comments", "docs", "logo",
                       "icon", "uri", "description", "encoded", "summary", "content"):
                text = el.text or ""
                if tag in ("description", "encoded", "summary", "content") and "<" in text:
                    frag = lxml_html.fragment_fromstring(text, create_parent="div")
                    for sub in frag.iter():
                        found.extend(v for n, v in sub.attrib.items() if n.lower() in _URL_KEYS)
                else:
                    found.append(text)
    elif path.suffix == ".md":
        text = data.decode("utf-8")
        found += _MD_LINK.findall(text)
        found += re.findall(r'(?m)^(?:source|url|link): "(.*)"$', text)
    elif path.suffix == ".po":
        found += re.findall(r"(?m)^#.*?(\S+:\S+)", data.decode("utf-8"))
    return found


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize("url", [HOSTILE[0], HOSTILE[6], HOSTILE[9], HOSTILE[11]],
                         ids=["plain", "entity", "fullwidth", "data"])
def test_hostile_url_in_every_feed_field_reaches_no_output(
    tmp_path: Path, dialect: str, url: str
) -> None:
    source = tmp_path / "news.xml"
    source.write_bytes(feed(dialect, url))
    out = tmp_path / "site"
    outcome = invoke("feed", source, "--to", "pt-BR", "--engine", "fake", "--out", out,
                     "--format", "html,md,json,xliff,po", "--json")
    assert outcome.code == 0, outcome.stderr
    assert json.loads(outcome.stdout)["translated"] == 3
    assert RULE in outcome.stderr  # the leftovers are reported, with the rule
    files = [out / p for p in tree(out) if (out / p).is_file()]
    assert {f.suffix for f in files} >= {".xml", ".html", ".md", ".json", ".xlf", ".po"}
    checked = 0
    for path in files:
        for value in _urls_in(path):
            checked += 1
            assert not _active(value), (path.name, value)
    assert checked > 20  # the check looked at real links, not at nothing


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("dialect", DIALECTS)
def test_safe_urls_in_every_feed_field_are_kept(tmp_path: Path, dialect: str) -> None:
    """The other side of the rule: ordinary links survive into the outputs."""
    source = tmp_path / "news.xml"
    source.write_bytes(feed(dialect))
    out = tmp_path / "site"
    outcome = invoke("feed", source, "--to", "pt-BR", "--engine", "fake", "--out", out,
                     "--format", "html,json")
    assert outcome.code == 0, outcome.stderr
    assert RULE not in outcome.stderr
    written = b"".join((out / p).read_bytes() for p in tree(out) if (out / p).is_file())
    assert b"https://news.example.org/a/1" in written  # an href in the content
    assert b"https://news.example.org/item/1" in written  # the item's link


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("url", HOSTILE[:4] + HOSTILE[11:12])
def test_jsonl_url_never_reaches_the_edition_and_is_reported(url: str) -> None:
    record = {"id": "a1", "url": url,
              "text": "The foreign ministers met in Lisbon. They agreed to meet again."}
    outcome = invoke("run", "--jsonl", "-", "--to", "pt-BR", "--engine", "fake",
                     input=json.dumps(record) + "\n")
    assert outcome.code == 0, outcome.stderr
    (result,) = [json.loads(line) for line in outcome.stdout.splitlines()]
    edition = result["editions"][0]
    assert "url" not in edition["article"]["meta"]
    assert [d["rule"] for d in edition["dropped"]] == [RULE]
    assert "url" in edition["dropped"][0]["reason"]


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("fmt", ["html", "md", "json", "xliff", "po"])
def test_edition_writers_leave_out_a_hostile_article_url(tmp_path: Path, fmt: str) -> None:
    """An HTML page whose canonical URL is hostile: no edition format writes it."""
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><title>Talks resume</title>'
        '<link rel="canonical" href="javascript:alert(31337)">'
        '<meta property="og:url" content="javascript:alert(31337)"></head><body><article>'
        "<h1>Talks resume</h1><p>The foreign ministers met in Lisbon on Monday. They agreed"
        " to meet again next month in Brazil, officials said after the meeting.</p>"
        "<p>Both delegations described the talks as constructive and said that the next round"
        " would focus on trade and on the border.</p></article></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    outcome = invoke("run", page, "--to", "pt-BR", "--engine", "fake", "--out", out,
                     "--format", fmt)
    assert outcome.code == 0, outcome.stderr
    for path in (out / p for p in tree(out)):
        for value in _urls_in(path):
            assert not _active(value), (path.name, value)
        assert b"alert(31337)" not in path.read_bytes() or fmt == "json"
