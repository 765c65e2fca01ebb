"""Fourth red-team pass: active content in HTML and Markdown articles, corrections fed back
(XLIFF/PO) that are truncated, duplicated, mismatched or carry markup, TMX/TBX imports with
entity tricks or huge content, feeds with missing or absurd dates/links/GUIDs and repeated
items, and a full disk (a file-size limit) while writing editions.

Every outcome is a clean refusal (one line, documented exit code) or a correct output; every
HTML file written is read back with the standard library's parser (not lxml, which wrote it)
and must hold nothing executable."""

from __future__ import annotations

import hashlib
import json
import os
import re
import resource
import sqlite3
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import polib
import pytest
from hostile.helpers import invoke, tree
from lxml import etree

# --- what "nothing executable" means, read by an independent parser ---------------------------

_ACTIVE_TAGS = {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "base",
                "form", "svg", "math", "link", "style", "meta"}  # fmt: skip
_URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset",
              "background", "srcdoc"}  # fmt: skip


class _Active(HTMLParser):
    """Collects what a browser would run or load from an HTML document."""

    def __init__(self, allowed_scripts: int = 0) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.allowed_scripts = allowed_scripts
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = {k for k, _ in attrs}
        if tag == "script" and ("type", "application/ld+json") in attrs:
            pass  # data, not code (a break-out of it would show as a tag of its own)
        elif tag == "script":
            self.scripts += 1
            if self.scripts > self.allowed_scripts or "src" in names:
                self.found.append(f"<script {attrs}>")
        elif tag == "meta":
            if any(k == "http-equiv" and (v or "").lower() == "refresh" for k, v in attrs):
                self.found.append("<meta refresh>")
        elif tag == "style":
            pass  # our own stylesheets; attribute styles are checked below
        elif tag == "link":
            if any(k == "rel" and "stylesheet" not in (v or "") for k, v in attrs):
                self.found.append(f"<link {attrs}>")
        elif tag in _ACTIVE_TAGS:
            self.found.append(f"<{tag}>")
        for key, value in attrs:
            v = (value or "").strip().lower().replace("\t", "").replace("\n", "")
            if key.startswith("on"):
                self.found.append(f"{tag}@{key}")
            if key in _URL_ATTRS and v.split(":", 1)[0] in {"javascript", "vbscript", "data"} \
                    and ":" in v:
                self.found.append(f"{tag}@{key}={value!r}")
            if key == "srcdoc":
                self.found.append(f"{tag}@srcdoc")
            if key == "style" and ("expression" in v or "url(" in v or "javascript" in v):
                self.found.append(f"{tag}@style={value!r}")


def active_content(html: str, allowed_scripts: int = 0) -> list[str]:
    parser = _Active(allowed_scripts)
    parser.feed(html)
    parser.close()
    return parser.found


HOSTILE_HTML = """<!doctype html><html><head><title>Port reopens after storm</title>
<base href="javascript:alert(1)//">
<meta http-equiv="refresh" content="0;url=javascript:alert(2)">
<style>p { background: url(javascript:alert(3)); width: expression(alert(4)); }</style>
</head><body><article>
<h1>Port reopens after storm</h1>
<p>The port of Santos reopened on Monday after the storm, officials said in a statement.</p>
<iframe srcdoc="&lt;script&gt;alert(5)&lt;/script&gt;"></iframe>
<p style="background:url(javascript:alert(6));width:expression(alert(7))">Ships waited
for three days outside the harbour, and about 40 of them are now being unloaded.</p>
<svg onload="alert(8)"><script>alert(9)</script><a xlink:href="javascript:alert(10)">
<text>svg text</text></a></svg>
<p>Read the <a href="jav&#x09;ascript:alert(11)">full report</a> and the
<a href="https://example.org/report">summary</a>.</p>
<object data="javascript:alert(12)"></object><embed src="javascript:alert(13)">
<form action="javascript:alert(14)"><button formaction="javascript:alert(15)">Go</button></form>
<p>Dock workers said the <img src="x" onerror="alert(16)" alt="photo"> cranes were safe.</p>
<math><mtext><script>alert(17)</script></mtext></math>
</article></body></html>"""

HOSTILE_MD = """# Port reopens after storm

The port of Santos reopened on Monday after the storm, officials said in a statement.

<script>alert(1)</script>
<img src=x onerror=alert(2)>
<iframe srcdoc="<script>alert(3)</script>"></iframe>

Ships waited for three days outside the harbour; see the [full report][1] and the
[summary][2], or [this][3] and <javascript:alert(4)>.

[1]: javascript:alert(5) "Report"
[2]: https://example.org/summary
[3]: data:text/html;base64,PHNjcmlwdD5hbGVydCg2KTwvc2NyaXB0Pg==
"""


def _html_outputs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.suffix in {".html", ".htm"})


@pytest.mark.parametrize(("name", "content"), [("page.html", HOSTILE_HTML),
                                               ("post.md", HOSTILE_MD)])  # fmt: skip
def test_active_content_never_reaches_an_html_output(
    tmp_path: Path, fake_engine: object, name: str, content: str
) -> None:
    src = tmp_path / name
    src.write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    outcome = invoke("run", src, "--to", "pt-BR", "--engine", "fake", "--format",
                     "html,md,json,xliff,po,review", "--out", out, "--db", tmp_path / "s.db",
                     "--no-builtin-glossary")  # fmt: skip
    assert outcome.code in (0, 9), outcome.stderr
    pages = _html_outputs(out)
    assert pages, tree(out)
    for page in pages:
        html = page.read_text(encoding="utf-8")
        review = page.name.endswith(".review.html") or "review" in page.name
        found = active_content(html, allowed_scripts=8 if review else 0)
        assert not found, (page.name, found)
    for md in out.rglob("*.md"):  # a Markdown edition is rendered by others
        assert not markdown_active(md.read_text(encoding="utf-8")), md.name


def markdown_active(text: str) -> list[str]:
    """What a CommonMark renderer would turn into active content: raw HTML tags, links and
    reference definitions or autolinks to javascript:/data:/vbscript: (escaped text such as
    ``\\[1\\]: javascript:x`` is shown as text, not linked)."""
    body = text.split("\n---\n", 1)[-1]
    found = re.findall(r"(?<!\\)<(?:script|img|iframe|svg|a|object|embed|form|style)\b", body,
                       re.IGNORECASE)  # fmt: skip
    found += re.findall(r"(?<!\\)\]\(\s*<?(?:javascript|data|vbscript):", body, re.IGNORECASE)
    found += re.findall(r"(?m)^ {0,3}(?<!\\)\[[^\]]+(?<!\\)\]:\s*<?(?:javascript|data|vbscript):",
                        body, re.IGNORECASE)  # fmt: skip
    found += re.findall(r"(?<!\\)<(?:javascript|data|vbscript):", body, re.IGNORECASE)
    return found


def _review_page_scripts_are_ours(html: str) -> None:
    """The review page's own scripts hold no article text: no alert() from the input."""
    assert "alert(" not in html


# --- corrections fed back: truncated, duplicated, mismatched, other languages, markup ---------

ARTICLE = (
    "Talks resume in Tbilisi\n\n"
    "The foreign ministers met on Monday. The talks lasted six hours.\n\n"
    "Officials said the next round would follow soon.\n"
)


@pytest.fixture
def edition(tmp_path: Path, fake_engine: object) -> Path:
    source = tmp_path / "talks.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    outcome = invoke("run", source, "--to", "pt-BR", "--engine", "fake", "--format",
                     "json,md,html,xliff,po", "--out", out, "--db", tmp_path / "store.db",
                     "--no-builtin-glossary")  # fmt: skip
    assert outcome.code == 0, outcome.stderr
    return out


def _tm(tmp_path: Path) -> list[tuple[str, ...]]:
    conn = sqlite3.connect(tmp_path / "store.db")
    try:
        return sorted(conn.execute("SELECT target_locale, source, target FROM tm"))
    finally:
        conn.close()


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _apply(tmp_path: Path, out: Path, path: Path) -> object:
    return invoke("review", "apply", path, "--db", tmp_path / "store.db", "--edition",
                  out / "talks.pt-BR.json", "--out", out)  # fmt: skip


def _xlf_units(text: str) -> list[tuple[int, int]]:
    spans = []
    start = text.find("<unit ")
    while start != -1:
        end = text.index("</unit>", start) + len("</unit>")
        spans.append((start, end))
        start = text.find("<unit ", end)
    return spans


def _xlf_truncated(text: str) -> str:
    return text[: len(text) // 2]


def _xlf_duplicated(text: str) -> str:
    a, b = _xlf_units(text)[0]
    unit = text[a:b].replace("<target>", "<target>Outra ", 1)
    return text[:b] + unit + text[b:]


def _xlf_unknown_id(text: str) -> str:
    a, b = _xlf_units(text)[0]
    unit = re.sub(r'(<segment[^>]*\bid=")[^"]*"', r'\1b77.s3"', text[a:b], count=1)
    return text[:a] + unit + text[b:]


def _xlf_target(markup: str):  # type: ignore[no-untyped-def]
    def edit(text: str) -> str:
        start = text.index("<target>")
        end = text.index("</target>", start) + len("</target>")
        return text[:start] + f"<target>{markup}</target>" + text[end:]

    return edit


def _po_truncated(text: str) -> str:
    cut = text.rindex('msgstr "')
    return text[: cut + 10]


def _po_duplicated(text: str) -> str:
    entries = text.split("\n\n")
    return "\n\n".join([*entries[:2], entries[1].replace('msgstr "', 'msgstr "Outra ', 1),
                        *entries[2:]])  # fmt: skip


def _po_unknown_ctx(text: str) -> str:
    return text.replace('msgctxt "b0.s0"', 'msgctxt "b77.s3"', 1)


REFUSED = [
    ("xlf-truncated", "xlf", _xlf_truncated, "malformed"),
    ("xlf-duplicated-unit", "xlf", _xlf_duplicated, ""),
    ("xlf-unknown-id", "xlf", _xlf_unknown_id, "is not in the edition"),
    ("xlf-script-element", "xlf",
     _xlf_target('<script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script>'),
     "<script> is not XLIFF inline markup"),
    ("xlf-foreign-element", "xlf", _xlf_target('<b>Conversas</b> retomadas'),
     "<b> is not XLIFF inline markup"),
    ("po-truncated", "po", _po_truncated, "malformed PO"),
    ("po-duplicated", "po", _po_duplicated, "appears twice"),
    ("po-unknown-context", "po", _po_unknown_ctx, "is not in the edition"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "ext", "edit", "fragment"), REFUSED, ids=[c[0] for c in REFUSED])
def test_bad_correction_is_refused_and_nothing_lost(
    tmp_path: Path, edition: Path, name: str, ext: str, edit, fragment: str  # type: ignore[no-untyped-def]
) -> None:
    before_tm, before_files = _tm(tmp_path), _snapshot(edition)
    bad = tmp_path / f"{name}.{ext}"
    bad.write_text(edit((edition / f"talks.pt-BR.{ext}").read_text(encoding="utf-8")), "utf-8")
    outcome = _apply(tmp_path, edition, bad)
    outcome.refused(7, fragment)  # type: ignore[attr-defined]
    assert bad.name in outcome.stderr  # type: ignore[attr-defined]
    assert _tm(tmp_path) == before_tm
    assert _snapshot(edition) == before_files


MARKUP = '<img src=x onerror=alert(1)><script>alert(2)</script><a href="javascript:alert(3)">x</a>'


@pytest.mark.parametrize("ext", ["xlf", "po"])
def test_markup_typed_into_a_correction_is_text_in_every_output(
    tmp_path: Path, edition: Path, ext: str
) -> None:
    text = (edition / f"talks.pt-BR.{ext}").read_text(encoding="utf-8")
    if ext == "xlf":
        from xml.sax.saxutils import escape

        reviewed = _xlf_target(escape(MARKUP))(text).replace(
            'state="translated"', 'state="final"', 1)
    else:
        marker = 'msgctxt "b1.s0"'
        start = text.index("msgstr", text.index(marker))
        end = text.index("\n\n", start)
        reviewed = (text[:start] + "msgstr " + json.dumps(MARKUP) + text[end:]).replace(
            '#, fuzzy\nmsgctxt "b1.s0"', 'msgctxt "b1.s0"', 1)
    path = tmp_path / f"reviewed.{ext}"
    path.write_text(reviewed, encoding="utf-8")
    outcome = _apply(tmp_path, edition, path)
    assert outcome.code in (0, 9), outcome.stderr  # type: ignore[attr-defined]
    page = (edition / "talks.pt-BR.html").read_text(encoding="utf-8")
    assert not active_content(page), active_content(page)
    md = (edition / "talks.pt-BR.md").read_text(encoding="utf-8")
    body = md.split("\n---\n", 1)[-1]  # the front matter holds the title as a quoted string
    assert not re.search(r"(?<!\\)<(?:script|img|a)\b", body), body
    for po in edition.glob("*.po"):
        polib.pofile(str(po))
    for xlf in edition.glob("*.xlf"):
        etree.parse(str(xlf))


# --- TMX and TBX imports: entity tricks, huge content -----------------------------------------

_TMX_HEAD = ('<tmx version="1.4"><header srclang="en" creationtool="x"'
             ' creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en"'
             ' datatype="plaintext"/><body>')


def _tu(source: str, target: str) -> str:
    return (f'<tu><tuv xml:lang="en"><seg>{source}</seg></tuv>'
            f'<tuv xml:lang="pt-BR"><seg>{target}</seg></tuv></tu>')  # fmt: skip


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa">'
          + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(8))
          + "]>")  # fmt: skip
EXTERNAL = '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>'


@pytest.mark.parametrize(
    ("name", "document"),
    [
        ("billion-laughs", LAUGHS + _TMX_HEAD + _tu("Hi &i;.", "Oi.") + "</body></tmx>"),
        ("external-entity", EXTERNAL + _TMX_HEAD + _tu("Hi &x;.", "Oi.") + "</body></tmx>"),
        ("dtd-only", '<?xml version="1.0"?><!DOCTYPE tmx SYSTEM "http://example.org/tmx.dtd">'
         + _TMX_HEAD + _tu("Hi.", "Oi.") + "</body></tmx>"),
        ("truncated", '<?xml version="1.0"?>' + _TMX_HEAD + _tu("Hi.", "Oi.")[:30]),
        ("not-tmx", '<?xml version="1.0"?><html><body>x</body></html>'),
        ("markup-in-seg", '<?xml version="1.0"?>' + _TMX_HEAD
         + _tu("Hi.", '<script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script>')
         + "</body></tmx>"),
    ],
)  # fmt: skip
def test_hostile_tmx_is_refused_or_text(tmp_path: Path, edition: Path, name: str,
                                        document: str) -> None:
    before = _tm(tmp_path)
    path = tmp_path / f"{name}.tmx"
    path.write_text(document, encoding="utf-8")
    outcome = invoke("tm", "import", path, "--db", tmp_path / "store.db")
    if name == "dtd-only":  # a DOCTYPE naming a DTD is not fetched; the units are read
        assert outcome.code in (0, 7), outcome.stderr
    else:
        outcome.refused(7)
        assert _tm(tmp_path) == before
    for row in _tm(tmp_path):
        assert "etc/passwd" not in row[2] and "root:" not in row[2]


def test_huge_tmx_imports_in_bounded_time(tmp_path: Path, edition: Path) -> None:
    units = "".join(_tu(f"Sentence {i} of the memory.", f"Frase {i} da memória.")
                    for i in range(20000))  # fmt: skip
    path = tmp_path / "big.tmx"
    path.write_text('<?xml version="1.0"?>' + _TMX_HEAD + units + "</body></tmx>", "utf-8")
    t0 = time.process_time()
    outcome = invoke("tm", "import", path, "--db", tmp_path / "store.db")
    assert outcome.code == 0, outcome.stderr
    assert time.process_time() - t0 < 60
    assert len(_tm(tmp_path)) >= 20000


def test_huge_segment_in_tmx_is_refused_or_stored_whole(tmp_path: Path, edition: Path) -> None:
    path = tmp_path / "seg.tmx"
    path.write_text('<?xml version="1.0"?>' + _TMX_HEAD + _tu("x " * 3_000_000, "y")
                    + "</body></tmx>", "utf-8")  # fmt: skip
    before = _tm(tmp_path)
    outcome = invoke("tm", "import", path, "--db", tmp_path / "store.db")
    if outcome.code:
        outcome.refused(7)
        assert _tm(tmp_path) == before


_TBX = ('<?xml version="1.0" encoding="UTF-8"?>{doctype}<tbx type="TBX-Basic" style="dca"'
        ' xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc>'
        "<p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>{body}</body></text></tbx>")


def _entry(n: int, term: str) -> str:
    return (f'<conceptEntry id="c{n}"><langSec xml:lang="en"><termSec><term>{term}</term>'
            '</termSec></langSec><langSec xml:lang="pt"><termSec><term>Termo</term></termSec>'
            "</langSec></conceptEntry>")


@pytest.mark.parametrize(
    ("name", "document"),
    [
        ("billion-laughs", _TBX.format(doctype=LAUGHS[21:].replace("tmx", "tbx"),
                                       body=_entry(1, "&i;"))),
        ("external-entity", _TBX.format(doctype=EXTERNAL[21:].replace("tmx", "tbx"),
                                        body=_entry(1, "&x;"))),
        ("truncated", _TBX.format(doctype="", body=_entry(1, "Santos"))[:200]),
    ],
)  # fmt: skip
def test_hostile_tbx_is_refused(tmp_path: Path, name: str, document: str) -> None:
    path = tmp_path / f"{name}.tbx"
    path.write_text(document, encoding="utf-8")
    out = tmp_path / "g.toml"
    invoke("glossary", "import", path, "--output", out).refused(5)
    assert not out.exists()


# --- feeds: missing or absurd dates, links and GUIDs; a repeated item; 100k items --------------


def _rss(items: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            "<title>World</title><link>https://news.example.org/</link>"
            f"<description>d</description>{items}</channel></rss>")  # fmt: skip


def _item(title: str, extra: str = "") -> str:
    return (f"<item><title>{title}</title><description>The minister said on Monday that the"
            f" talks on {title.lower()} would resume next month.</description>{extra}</item>")


ODD_ITEMS = _rss(
    _item("No link, no guid, no date")
    + _item("Absurd year", "<pubDate>Mon, 01 Jan 99999 00:00:00 GMT</pubDate>"
            "<guid>https://news.example.org/a</guid>")
    + _item("Year zero", "<pubDate>Sat, 01 Jan 0000 00:00:00 GMT</pubDate>"
            "<link>https://news.example.org/b</link>")
    + _item("Garbage date", "<pubDate>yesterday-ish</pubDate><guid>x</guid>")
    + _item("Huge guid", f"<guid>{'g' * 100000}</guid>")
    + _item("Empty guid", "<guid></guid><link></link>")
    + _item("Repeated", "<guid>same</guid><link>https://news.example.org/r</link>")
    + _item("Repeated", "<guid>same</guid><link>https://news.example.org/r</link>")
    + _item("Repeated twin", "<guid>same</guid><link>https://news.example.org/r2</link>")
)  # fmt: skip


def test_feed_with_odd_items_is_localized_and_parses_back(tmp_path: Path,
                                                          fake_engine: object) -> None:
    src = tmp_path / "odd.xml"
    src.write_text(ODD_ITEMS, encoding="utf-8")
    out = tmp_path / "out"
    args = ("feed", src, "--to", "pt-BR", "--engine", "fake", "--out", out, "--db",
            tmp_path / "s.db", "--no-builtin-glossary", "--on-findings", "publish")  # fmt: skip
    outcome = invoke(*args)
    assert outcome.code in (0, 9, 10), outcome.stderr
    assert "Traceback" not in outcome.stderr
    feeds = [p for p in out.rglob("*.xml")]
    assert feeds, tree(out)
    for path in feeds:
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, (path, parsed.bozo_exception)
        ids = [e.get("id") for e in parsed.entries]
        assert len(ids) == len(set(ids)), ids  # no item published twice under one id
        for e in parsed.entries:
            assert len(e.get("id", "")) < 5000
    again = invoke(*args)
    assert again.code in (0, 9, 10), again.stderr


def test_feed_of_many_items_is_bounded(tmp_path: Path, fake_engine: object) -> None:
    """100,000 items: the first --max-items (default 1000) are localized, the rest left out
    with a warning and exit 10 (partly done); not days of work, and the feed parses back."""
    items = "".join(_item(f"Item {i}", f"<guid>n{i}</guid>") for i in range(100_000))
    src = tmp_path / "many.xml"
    src.write_text(_rss(items), encoding="utf-8")
    out = tmp_path / "out"
    t0 = time.process_time()
    outcome = invoke("feed", src, "--to", "pt-BR", "--engine", "fake", "--out", out, "--db",
                     tmp_path / "s.db", "--no-builtin-glossary", "--on-findings", "publish",
                     "--max-items", "20")  # fmt: skip
    spent = time.process_time() - t0
    assert outcome.code == 10, outcome.stderr
    assert "more than 20 items" in outcome.stderr and "--max-items" in outcome.stderr
    assert "Traceback" not in outcome.stderr
    assert spent < 120, spent
    feeds = list(out.rglob("*.xml"))
    assert feeds
    for path in feeds:
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo and len(parsed.entries) == 20


def test_feed_run_on_a_full_disk_is_clean_and_the_next_run_finishes(tmp_path: Path) -> None:
    tests = str(Path(__file__).resolve().parents[1])
    src = tmp_path / "f.xml"
    src.write_text(_rss("".join(_item(f"Item {i}", f"<guid>n{i}</guid>") for i in range(30))),
                   encoding="utf-8")  # fmt: skip
    out = tmp_path / "out"
    args = [sys.executable, "-c", _RUNNER.format(paths=[tests]), "feed", str(src), "--to",
            "pt-BR", "--engine", "fake", "--out", str(out), "--db", str(tmp_path / "s.db"),
            "--no-builtin-glossary", "--on-findings", "publish", "--quiet"]  # fmt: skip
    env = {**os.environ, "TRANSLATE_HOME": str(tmp_path / "home")}
    proc = subprocess.run(args, capture_output=True, text=True, env=env,
                          preexec_fn=_limited(400_000), timeout=600)  # fmt: skip
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 6, (proc.returncode, proc.stderr)
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    again = subprocess.run(args, capture_output=True, text=True, env=env, timeout=600)
    assert again.returncode == 0, again.stderr
    parsed = feedparser.parse((out / "f" / "pt-BR" / "rss.xml").read_bytes())
    assert not parsed.bozo and len(parsed.entries) == 30


# --- a full disk: no half-written file, one line, exit 6 --------------------------------------

_RUNNER = """
import sys
sys.path[:0] = {paths!r}
from translate import engines
engines.ENGINES["fake"] = "fakes:FakeEngine"
from translate.cli import cli
sys.exit(cli.main(sys.argv[1:], standalone_mode=True))
"""


def _limited(limit: int):  # type: ignore[no-untyped-def]
    def pre() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return pre


@pytest.mark.parametrize("limit", [2_000, 8_000, 400_000])
def test_full_disk_leaves_no_half_written_edition(tmp_path: Path, limit: int) -> None:
    """A file-size limit (RLIMIT_FSIZE, as a full disk would) while writing: exit 6, one line,
    and the earlier edition untouched, all its formats or none replaced; or a whole new one."""
    tests = str(Path(__file__).resolve().parents[1])
    src = tmp_path / "talks.txt"
    src.write_text(ARTICLE * 40, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "talks.pt-BR.md").write_text("earlier edition\n", encoding="utf-8")
    env = {**os.environ, "TRANSLATE_HOME": str(tmp_path / "home")}
    proc = subprocess.run(
        [sys.executable, "-c", _RUNNER.format(paths=[tests]), "run", str(src), "--to", "pt-BR",
         "--engine", "fake", "--format", "md,json,xliff,po,html", "--out", str(out), "--db",
         str(tmp_path / "s.db"), "--no-builtin-glossary", "--no-cache"],
        capture_output=True, text=True, env=env, preexec_fn=_limited(limit), timeout=300,
    )  # fmt: skip
    assert "Traceback" not in proc.stderr, proc.stderr
    if proc.returncode:
        assert proc.returncode == 6, (proc.returncode, proc.stderr)
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    # every file left is whole: the earlier edition, or a complete new one; no temporary files
    for path in out.rglob("*"):
        assert not path.name.startswith(".") and not path.name.endswith(".tmp"), path.name
        data = path.read_bytes()
        if path.suffix == ".json":
            json.loads(data)
        elif path.suffix in {".xlf", ".xliff"}:
            etree.fromstring(data)
        elif path.suffix == ".po":
            polib.pofile(data.decode("utf-8"))
    names = sorted(p.name for p in out.iterdir())
    if proc.returncode:
        assert names == ["talks.pt-BR.md"], names  # no new format beside the old one
        assert (out / "talks.pt-BR.md").read_text(encoding="utf-8") == "earlier edition\n"
    else:
        assert len(names) == 5, names


def test_tmx_native_codes_are_not_text(tmp_path: Path, edition: Path) -> None:
    """A CAT tool's ``<bpt>&lt;b&gt;</bpt>`` is a code of its format: never sentence text."""
    path = tmp_path / "codes.tmx"
    seg = ('Hello <bpt i="1">&lt;b&gt;</bpt>big<ept i="1">&lt;/b&gt;</ept> world'
           '<ph>&lt;br/&gt;</ph><!-- a note -->.')  # fmt: skip
    tgt = 'Olá <bpt i="1">&lt;b&gt;</bpt><hi>grande</hi><ept i="1">&lt;/b&gt;</ept> mundo.'
    path.write_text('<?xml version="1.0"?>' + _TMX_HEAD + _tu(seg, tgt) + "</body></tmx>", "utf-8")
    outcome = invoke("tm", "import", path, "--db", tmp_path / "store.db")
    assert outcome.code == 0, outcome.stderr
    assert ("pt-BR", "Hello big world.", "Olá grande mundo.") in _tm(tmp_path)


def test_xliff_comment_in_a_target_is_not_text(tmp_path: Path, edition: Path) -> None:
    text = (edition / "talks.pt-BR.xlf").read_text(encoding="utf-8")
    reviewed = _xlf_target("Conversas <!-- nota -->retomadas")(text).replace(
        'state="translated"', 'state="final"', 1)
    path = tmp_path / "reviewed.xlf"
    path.write_text(reviewed, encoding="utf-8")
    outcome = _apply(tmp_path, edition, path)
    assert outcome.code == 0, outcome.stderr  # type: ignore[attr-defined]
    assert any(row[2] == "Conversas retomadas" for row in _tm(tmp_path)), _tm(tmp_path)
