"""Held-out structure set V: headings, links, images, ordered lists, code blocks, tables (their
shape), footnotes and definition lists (terms and definitions) of real Markdown documents and
real HTML pages, through translation into every edition format.

    python benchmarks/eval_structure_v.py [-v] [--only md|html]

Set V (``build_structure_heldout_v.py``, selection rule there) was written on 2026-12-04 before
the twelfth structure pass and is measured once before it and once after. The facts are read
from each SOURCE by independent parsers (markdown-it-py with the footnote and definition-list
plugins, lxml inside ``<main>``), never from our reader, and counted per edition format read
back by an independent parser (markdown-it-py, lxml, json, ElementTree, polib) as in
``eval_structure_u.py``, with these differences:

* ``table``: a table is kept when the format writes a table of the same SHAPE (rows, and
  the largest number of cells in a row): md a pipe table (markdown-it-py), html/review a
  ``<table>`` (``<tr>``, ``<td>``/``<th>``), json an entry of ``tables`` whose ``rows``
  is a list of rows (lists of cells);
* ``cell``: each non-empty cell of a source table (its text, spaces folded) offered as a unit
  of its own to translate: XLIFF a ``<unit>`` whose source is that text, PO a msgid that is it
  (md/html/json: a written table's cells, counted by shape above: n/a here);
* ``dl_def``: a definition (md ``: definition`` under a term, html ``<dd>``, json a block
  ``kind == "definition"``) written as one, beside ``dl_term``.

A page with an expected text beside it (``<name>.expected.txt``: the real-world corpus's
article text, set Y) is a whole web page, menus and all: its facts are only the headings and
links of its article (``article_facts``): a heading whose text (2+ words) is found in the
expected text, and an ``http(s)`` link whose block (the nearest paragraph, list item, cell,
heading, quote or caption; 20+ letters) is found in it (letters and digits compared, case
folded). Such a page may be stored gzipped (``.html.gz``).
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

import eval_structure_u as u  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "html_structure_v"
FORMATS = u.FORMATS
KINDS = (*u.KINDS, "dl_def", "cell")
X = u.X


def _fold(text: str) -> str:
    return " ".join(text.split())


def md_extra(text: str) -> dict[str, list[Any]]:
    """Table shapes, cell texts and definitions of a Markdown text (markdown-it-py)."""
    out: dict[str, list[Any]] = {"table": [], "cell": [], "dl_def": []}
    rows: list[int] = []
    inside_cell = False
    for tok in u._md().parse(text):
        if tok.type == "table_open":
            rows = []
        elif tok.type == "tr_open":
            rows.append(0)
        elif tok.type in ("th_open", "td_open"):
            rows[-1] += 1
            inside_cell = True
        elif tok.type in ("th_close", "td_close"):
            inside_cell = False
        elif tok.type == "inline" and inside_cell and tok.content.strip():
            out["cell"].append(_fold("".join(c.content for c in tok.children or []
                                             if c.type in ("text", "code_inline"))))  # fmt: skip
        elif tok.type == "table_close":
            out["table"].append((len(rows), max(rows, default=0)))
        elif tok.type == "dd_open":
            out["dl_def"].append(1)
    return out


def html_extra(text: str, inside_main: bool = True) -> dict[str, list[Any]]:
    import lxml.html

    out: dict[str, list[Any]] = {"table": [], "cell": [], "dl_def": []}
    doc = lxml.html.document_fromstring(text)
    main = (doc.xpath("//main") or [doc])[0] if inside_main else doc
    for el in main.iter("table"):
        trs = el.xpath(".//tr")
        widths = [len(tr.xpath("./td|./th")) for tr in trs]
        out["table"].append((len(trs), max(widths, default=0)))
        out["cell"] += [_fold(c.text_content()) for c in el.xpath(".//td|.//th")
                        if c.text_content().strip()]  # fmt: skip
    out["dl_def"] = [1 for _ in main.iter("dd")]
    return out


_BLOCKS = ("p", "li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
           "figcaption")  # fmt: skip


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def article_facts(text: str, expected: str) -> dict[str, list[Any]]:
    """Headings and links of a web page's article: those the expected text holds (see above)."""
    import lxml.html

    facts: dict[str, list[Any]] = {k: [] for k in KINDS}
    wanted = _squash(expected)
    doc = lxml.html.document_fromstring(text)
    for el in doc.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if re.fullmatch(r"h[1-6]", tag):
            words = el.text_content().split()
            if len(words) >= 2 and _squash(" ".join(words)) in wanted:
                facts["heading"].append(int(tag[1]))
        elif tag == "a":
            href = el.get("href") or ""
            if not href.startswith(("http://", "https://")) or not el.text_content().strip():
                continue
            block = next((b for b in el.iterancestors() if b.tag in _BLOCKS), None)
            said = _squash(block.text_content()) if block is not None else ""
            if len(said) >= 20 and said in wanted:
                facts["link"].append(href)
    return facts


_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset=["']?([A-Za-z0-9_.:-]{1,40})""", re.I)


def page_text(data: bytes) -> str:
    """A page's bytes as text: UTF-8 when they are UTF-8 (every page read as before), else the
    charset the page declares in a ``<meta>`` of its first 4,096 bytes (struct56: a page saved
    as ISO-8859-1 made no edition, "no edition: UnicodeDecodeError", every fact of it missed),
    else Windows-1252 (a superset of ISO-8859-1's printable letters), nothing lost."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _CHARSET.search(data[:4096])
    if m:
        try:
            return data.decode(m.group(1).decode("ascii"), "replace")
        except LookupError:  # a name Python does not know
            pass
    return data.decode("cp1252", "replace")


def _read(path: Path) -> str:
    if path.name.endswith(".gz"):
        import gzip

        return gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
    return page_text(path.read_bytes())


def _expected(path: Path) -> Path:
    return path.with_name(path.name.removesuffix(".gz").removesuffix(".html") + ".expected.txt")


def written(fmt: str, text: str) -> dict[str, list[Any]]:
    import polib

    got = u.written(fmt, text)
    got["cell"] = []
    got["dl_def"] = []
    if fmt == "md":
        body = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        extra = md_extra(body)
        got["table"], got["dl_def"] = extra["table"], extra["dl_def"]
    elif fmt in ("html", "review"):
        extra = html_extra(text, inside_main=False)
        got["table"], got["dl_def"] = extra["table"], extra["dl_def"]
    elif fmt == "json":
        data = json.loads(text)
        got["table"] = []
        for layout in data.get("tables", []):
            rows = layout.get("rows") or []
            ok = isinstance(rows, list) and all(isinstance(r, list) for r in rows)
            got["table"].append((len(rows), max((len(r) for r in rows), default=0))
                                if ok else (-1, -1))  # fmt: skip
        for b in data.get("blocks", []):
            if b.get("kind") == "definition":
                got["dl_def"].append(1)
    elif fmt == "xliff":
        root = ET.fromstring(text)
        for unit in root.iter(X + "unit"):
            src = "".join("".join(s.itertext()) for s in unit.iter(X + "source"))
            got["cell"].append(_fold(src))
    else:
        got["cell"] = [_fold(e.msgid) for e in polib.pofile(text)]
    return got


def measure(path: Path, fmt_in: str, verbose: bool) -> tuple[Counter[str], list[str]]:
    from translate.locales import parse_targets
    from translate.options import RunOptions
    from translate.pipeline import prepare, translate_prepared
    from translate.read import parse_article
    from translate.write import get_writer

    text = _read(path)
    if _expected(path).exists():
        facts = article_facts(text, _expected(path).read_text(encoding="utf-8"))
    elif fmt_in == "md":
        facts = u.md_facts(text)
        facts.update(md_extra(text))
    else:
        facts = u.html_facts(text)
        facts.update(html_extra(text))
    counts: Counter[str] = Counter()
    notes: list[str] = []
    for kind in KINDS:
        counts[kind] += len(facts[kind])
    article = parse_article(text, fmt=fmt_in, source=path.name, article_id="v")
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
            if kind in ("footnote", "dl_def", "dl_term"):  # labels differ: count them
                counts[f"{kind}_{fmt}"] += min(len(facts[kind]), len(got[kind]))
                continue
            if kind in u.ADDRESS_KINDS:  # addresses compared as a browser would (struct35)
                left = Counter(u.url_key(a) for a in got[kind])
                asis = Counter(got[kind])  # and as written, the count before struct35
                for fact in facts[kind]:
                    ok = asis[fact] > 0
                    asis[fact] -= ok
                    counts[f"{kind}_{fmt}_as_written"] += ok
            else:
                left = Counter(got[kind])
            for fact in facts[kind]:
                if kind in u.ADDRESS_KINDS:
                    fact = u.url_key(fact)
                ok = left[fact] > 0
                left[fact] -= ok
                counts[f"{kind}_{fmt}"] += ok
                shown = fmt in ("md", "html") if kind != "cell" else fmt == "xliff"
                if verbose and not ok and shown and kind != "image_alt":
                    notes.append(f"{fmt}: {kind} {str(fact)[:70]} not written")
    return counts, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["md", "html"])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--data", type=Path, default=DATA, help="another set of the same layout")
    args = parser.parse_args(argv)
    from translate import __version__

    print(f"# eval_structure_v  {time.strftime('%Y-%m-%d %H:%M:%S %Z')}  {platform.node()}"
          f"  python {platform.python_version()}  newsroom-translate {__version__}"
          f"  data {args.data.name}  (machine shared with other jobs)")  # fmt: skip
    total: Counter[str] = Counter()
    for sub in ("md", "html"):
        if args.only not in (None, sub) or not (args.data / sub).is_dir():
            continue  # a set may hold one kind only (set AU: no new WCXB site was left)
        for path in sorted((args.data / sub).iterdir()):
            if path.name.endswith(".expected.txt"):
                continue
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
        f"{'as written':14} {'':>7} "
        + " ".join(f"{total[f'link_{f}_as_written']:>7}" for f in FORMATS)
        + "   (links, addresses compared as written: the count before struct35)"
    )
    print(
        "kept = written as that structure by the format, read back by an independent parser;"
        " table = same shape (rows, widest row); cell = a source cell offered as its own unit"
        " (XLIFF/PO); XLIFF/PO carry links, images and cells only"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
