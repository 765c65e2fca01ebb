"""Held-out structure set U: headings, links, images (and their alt text), ordered lists (nested
too), code blocks, tables, footnotes and definition lists of real Markdown documents and real
HTML pages, through translation into every edition format.

    python benchmarks/eval_structure_u.py [-v] [--only md|html]

Set U (``build_structure_heldout_u.py``, selection rule there) was written on 2026-12-04 before
the eleventh structure pass and is measured once before it and once after. The facts are read
from each SOURCE by independent parsers, never from our reader:

* Markdown (markdown-it-py, CommonMark + tables + mdit-py-plugins footnotes and definition
  lists): headings (level), ``fence``/``code_block``, ordered lists (start, items, at every
  depth), ``image`` src (and whether its alt text is not empty), ``link`` href (http/https),
  tables (rows), footnote definitions, definition-list terms;
* HTML (lxml, inside ``<main>``): ``<h1>``..``<h6>``, ``<pre>``, ``<ol>`` (``start``, items;
  mdBook's footnote list ``<ol class="footnote-definition">`` counted as footnotes, not as a
  list; each of its items is a footnote), ``<img src>`` (alt), ``<a href="http...">``,
  ``<table>`` (rows), footnote definitions (``class="footnote-definition"``), ``<dt>``.

Each source is read (``parse_article``), prepared and translated (embedded model, en -> pt-BR)
and every edition format is parsed back by an independent parser (markdown-it-py, lxml, json,
ElementTree, polib). Counted per format (a fact is kept when the format writes it):

* ``heading``: a heading of that level (md ``#``, html ``<hN>``, json ``kind`` heading/title
  with its level, XLIFF/PO: n/a);
* ``link`` / ``image``: the address written (md ``](url)``, html ``href``/``src``, json
  ``inline`` attrs, XLIFF ``<originalData>``, PO the ``inline <n>:`` comments);
  ``image_alt``: an image whose source alt text is not empty written with a non-empty alt;
* ``code``, ``ol``: as in ``eval_structure_t.py`` (every depth here);
* ``table``: a table written as a table with as many rows (md pipe table, html ``<table>``,
  json an entry of ``tables``); ``footnote``: a footnote definition written as one (md
  ``[^x]:``, html an element of class ``footnote-definition`` or ``footnote-item`` or a
  ``role="doc-endnote"``, json a block with a ``footnote`` label); ``dl_term``: a term written
  as a term (md ``Term\\n: definition``, html ``<dt>``, json a block ``kind == "term"``).
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_structure_t import _code, _runs  # noqa: E402
from md_links import md_links  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "html_structure_u"
FORMATS = ("md", "html", "json", "xliff", "po", "review")
KINDS = ("heading", "link", "image", "image_alt", "code", "ol", "table", "footnote", "dl_term")
X = "{urn:oasis:names:tc:xliff:document:2.0}"


_PCT = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
# what RFC 3986 allows as it is in a path, query or fragment ("%" of an encoding kept as it is)
_ALLOWED = "!$&'()*+,;=:@/?~-._%"
ADDRESS_KINDS = ("link", "image", "image_alt")


def url_key(address: str) -> str:
    """An address as a browser sends it, normalised as RFC 3986 section 6.2.2 says, so that two
    spellings of one address compare equal: the scheme and host in lower case, a default port
    and an empty http(s) path written as "/", a character that may not stand in the address
    (a space, a letter outside ASCII) percent-encoded as UTF-8, the hex digits of an encoding in
    upper case, and an encoded unreserved character (letter, digit, "-._~") decoded, in the
    host too (a page's ``http://Best of 2025: Fiction Books``, its spaces written ``%20`` by the
    Markdown writer, is one address). Anything else is compared as written (``&`` and ``%26``
    differ: RFC 3986 keeps reserved characters as they are).
    """
    from urllib.parse import quote, urlsplit, urlunsplit

    try:
        parts = urlsplit(address.strip())
    except ValueError:
        return address
    scheme = parts.scheme.lower()

    def pct(component: str, extra: str = "") -> str:
        component = _PCT.sub(
            lambda m: (
                chr(int(m.group(1), 16))
                if chr(int(m.group(1), 16)) in _UNRESERVED
                else "%" + m.group(1).upper()
            ),
            component,
        )
        return quote(component, safe=_ALLOWED + extra)

    user, at, hostport = parts.netloc.rpartition("@")
    port = re.search(r":(\d*)\Z", hostport)
    host = hostport[: port.start()] if port else hostport
    host = pct(host.lower(), "[]")
    if (
        port
        and port.group(1)
        and (scheme, int(port.group(1))) not in (("http", 80), ("https", 443))
    ):
        host += ":" + port.group(1)
    netloc = pct(user) + at + host
    path = parts.path or ("/" if netloc and scheme in ("http", "https") else "")
    return urlunsplit(
        (scheme, netloc, pct(path), pct(parts.query, "[]"), pct(parts.fragment, "[]#"))
    )


def _md() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.deflist import deflist_plugin
    from mdit_py_plugins.footnote import footnote_plugin

    return MarkdownIt("commonmark").enable("table").use(footnote_plugin).use(deflist_plugin)


def _empty() -> dict[str, list[Any]]:
    return {k: [] for k in KINDS}


def md_facts(text: str) -> dict[str, list[Any]]:
    facts = _empty()
    stack: list[list[Any]] = []
    rows = 0
    for tok in _md().parse(text):
        if tok.type == "heading_open":
            facts["heading"].append(int(tok.tag[1]))
        elif tok.type in ("fence", "code_block"):
            info = tok.info.strip() if tok.type == "fence" else ""
            facts["code"].append((info, _code(tok.content)))
        elif tok.type == "ordered_list_open":
            stack.append([int(tok.attrs.get("start", 1) or 1), 0, tok.level])
        elif tok.type == "bullet_list_open":
            stack.append([None, 0, tok.level])
        elif tok.type == "list_item_open" and stack and tok.level == stack[-1][2] + 1:
            stack[-1][1] += 1
        elif tok.type in ("ordered_list_close", "bullet_list_close"):
            start, n, _ = stack.pop()
            if start is not None:
                facts["ol"].append((start, n))
        elif tok.type == "table_open":
            rows = 0
        elif tok.type == "tr_open":
            rows += 1
        elif tok.type == "table_close":
            facts["table"].append(rows)
        elif tok.type == "footnote_open":
            facts["footnote"].append(str(tok.meta.get("label", tok.meta.get("id", ""))))
        elif tok.type == "dt_open":
            facts["dl_term"].append(1)
        elif tok.type == "inline":
            for child in tok.children or []:
                if child.type == "image":
                    src = str(child.attrs.get("src", ""))
                    facts["image"].append(src)
                    if child.content.strip():
                        facts["image_alt"].append(src)
                elif child.type == "link_open":
                    href = str(child.attrs.get("href", ""))
                    if href.startswith(("http://", "https://")):
                        facts["link"].append(href)
    return facts


def _is_footnote(el: Any) -> bool:
    cls = (el.get("class") or "").split()
    return bool({"footnote-definition", "footnote-item"} & set(cls)) or el.get(
        "role") == "doc-endnote"  # fmt: skip


def html_facts(text: str, inside_main: bool = True) -> dict[str, list[Any]]:
    import html as html_lib

    import lxml.html

    facts = _empty()
    doc = lxml.html.document_fromstring(text)
    main = (doc.xpath("//main") or [doc])[0] if inside_main else doc
    for el in main.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if re.fullmatch(r"h[1-6]", tag):
            facts["heading"].append(int(tag[1]))
        elif tag == "pre":
            facts["code"].append(("", _code(el.text_content())))
        elif tag == "ol" and not _is_footnote(el):
            start = el.get("start") or "1"
            facts["ol"].append((int(start) if start.lstrip("-").isdigit() else 1,
                                sum(1 for li in el if li.tag == "li")))  # fmt: skip
        elif tag == "img":
            src = html_lib.unescape(el.get("src") or "")
            facts["image"].append(src)
            if (el.get("alt") or "").strip():
                facts["image_alt"].append(src)
        elif tag == "a":
            href = el.get("href") or ""
            if href.startswith(("http://", "https://")):
                facts["link"].append(href)
        elif tag == "table":
            facts["table"].append(len(el.xpath(".//tr")))
        elif tag == "dt":
            facts["dl_term"].append(1)
        if tag and _is_footnote(el):  # a footnote list (mdBook): each item is a footnote
            items = [li for li in el if li.tag == "li"] if tag in ("ol", "ul") else [el]
            facts["footnote"] += [li.get("id") or "" for li in items]
    return facts


def written(fmt: str, text: str) -> dict[str, list[Any]]:
    """What one edition writes, read back by an independent parser."""
    import polib

    if fmt == "md":
        body = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        out = md_facts(body)
        out["link"] = md_links(body)  # CommonMark's reading (md_links.py), as written
        return out
    if fmt in ("html", "review"):
        out = html_facts(text, inside_main=False)
        import lxml.html

        out["link"] = [a.get("href") or "" for a in lxml.html.document_fromstring(text).iter("a")]
        return out
    out = _empty()
    if fmt == "json":
        data = json.loads(text)
        numbers: list[tuple[int, int]] = []
        for layout in data.get("tables", []):
            out["table"].append(len(layout.get("rows") or []))
        for b in data.get("blocks", []):
            kind = b.get("kind")
            if kind in ("heading", "title"):
                out["heading"].append(int(b.get("level") or 1))
            if kind == "code" and b.get("source") == b.get("target"):
                out["code"].append((b.get("info", ""), _code(b.get("source") or "")))
            if kind == "term":
                out["dl_term"].append(1)
            if b.get("footnote"):
                out["footnote"].append(str(b["footnote"]))
            if kind == "list_item":
                number = b.get("number")
                numbers.append((int(b.get("level", 0)), number if isinstance(number, int) else -1))
            elif not (kind == "code" and b.get("level")):
                out["ol"] += _runs(numbers)
                numbers = []
            for x in b.get("inline", []):
                attrs = x.get("attrs", {})
                if x.get("kind") == "image":
                    out["image"].append(attrs.get("src", ""))
                    if (attrs.get("alt") or "").strip() or x.get("end", 0) > x.get("start", 0):
                        out["image_alt"].append(attrs.get("src", ""))
                elif "href" in attrs:
                    out["link"].append(attrs["href"])
        out["ol"] += _runs(numbers)
    elif fmt == "xliff":
        root = ET.fromstring(text)
        for data in root.iter(X + "data"):
            raw = data.text or ""
            for attr, key in (("href", "link"), ("src", "image")):
                import html as html_lib

                out[key] += [html_lib.unescape(v) for v in re.findall(rf'\b{attr}="([^"]*)"', raw)]
        for unit in root.iter(X + "unit"):
            src = "".join("".join(s.itertext()) for s in unit.iter(X + "source"))
            tgt = ["".join(t.itertext()) for t in unit.iter(X + "target")]
            if unit.get("translate") == "no" and all(t == src for t in tgt):
                out["code"].append(("", _code(src)))
    else:
        for entry in polib.pofile(text):
            for m in re.finditer(r"inline <\d+>: (link|image) (\S+)", entry.comment or ""):
                out[m.group(1)].append(m.group(2))
    return out


def measure(path: Path, fmt_in: str, verbose: bool) -> tuple[Counter[str], list[str]]:
    from translate.locales import parse_targets
    from translate.options import RunOptions
    from translate.pipeline import prepare, translate_prepared
    from translate.read import parse_article
    from translate.write import get_writer

    text = path.read_text(encoding="utf-8")
    facts = md_facts(text) if fmt_in == "md" else html_facts(text)
    counts: Counter[str] = Counter()
    notes: list[str] = []
    for kind in KINDS:
        counts[kind] += len(facts[kind])
    article = parse_article(text, fmt=fmt_in, source=path.name, article_id="u")
    prepared = prepare(article, RunOptions(source_lang="en"))
    options = RunOptions(use_cache=False, use_tm=False, source_lang="en")
    edition = translate_prepared(prepared, parse_targets("pt-BR")[0], options)
    for fmt in FORMATS:
        got = written(fmt, get_writer(fmt).render(edition))
        for kind in KINDS:
            if kind == "code":
                left = Counter(c for _, c in got["code"])
                infos = Counter(got["code"])
                for info, code in facts["code"]:
                    ok = left[code] > 0
                    left[code] -= ok
                    if fmt == "md" and info:
                        ok = ok and infos[(info, code)] > 0
                    counts[f"code_{fmt}"] += ok
                continue
            if kind == "footnote":  # labels differ between formats: count them
                counts[f"footnote_{fmt}"] += min(len(facts["footnote"]), len(got["footnote"]))
                continue
            if kind in ADDRESS_KINDS:  # addresses compared as a browser would (struct35)
                left = Counter(url_key(a) for a in got[kind])
            else:
                left = Counter(got[kind])
            for fact in facts[kind]:
                if kind in ADDRESS_KINDS:
                    fact = url_key(fact)
                ok = left[fact] > 0
                left[fact] -= ok
                counts[f"{kind}_{fmt}"] += ok
                if verbose and not ok and fmt in ("md", "html") and kind != "image_alt":
                    notes.append(f"{fmt}: {kind} {str(fact)[:70]} not written")
    return counts, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["md", "html"])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    from translate import __version__

    print(f"# eval_structure_u  {time.strftime('%Y-%m-%d %H:%M:%S %Z')}  {platform.node()}"
          f"  python {platform.python_version()}  newsroom-translate {__version__}"
          f"  (machine shared with other jobs)")  # fmt: skip
    total: Counter[str] = Counter()
    for sub in ("md", "html"):
        if args.only not in (None, sub):
            continue
        for path in sorted((DATA / sub).iterdir()):
            try:
                counts, notes = measure(path, sub, args.verbose)
            except Exception as exc:  # a source without an edition: every fact missed
                print(f"{path.name[:60]:60} no edition: {type(exc).__name__}: {exc}")
                continue
            total.update(counts)
            print(f"{path.name[:60]:60} " + "  ".join(
                f"{k} {counts[k + '_md']}/{counts[k + '_html']}/{counts[k + '_json']}/{counts[k]}"
                for k in KINDS if counts[k]))  # fmt: skip
            for note in notes:
                print(f"    {note}")
    print("per file: kind md/html/json kept / in the source")
    print(f"{'':14} {'source':>7} " + " ".join(f"{f:>7}" for f in FORMATS))
    for k in KINDS:
        print(f"{k:14} {total[k]:>7} " + " ".join(f"{total[f'{k}_{f}']:>7}" for f in FORMATS))
    print(
        "kept = written as that structure by the format, read back by an independent parser;"
        " XLIFF/PO carry links and images only (headings, lists, tables, footnotes: n/a)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
