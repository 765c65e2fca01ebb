"""Held-out structure set T: code blocks, ordered-list numbering, images and links of real
Markdown files and real HTML pages, through translation into every edition format.

    python benchmarks/eval_structure_t.py [-v] [--only md|html]

Set T (``build_structure_heldout_t.py``, selection rule there) was written on 2026-12-04 before
the tenth structure pass and is measured once before it and once after. The facts are read from
each SOURCE by independent parsers, never from our reader:

* Markdown (markdown-it-py, CommonMark): every ``fence`` (its info string and content) and
  ``code_block`` (indented); every ordered list (``start``, number of items, delimiter); every
  ``image`` ``src`` and ``link`` ``href`` (http/https);
* HTML (lxml, inside ``<main>``): every ``<pre>`` (its text); every ``<ol>`` (``start``, items);
  every ``<img src>`` and ``<a href="http...">``.

Each source is read (``parse_article``), prepared and translated (embedded model, en -> pt-BR),
and every edition format is parsed back by an independent parser (markdown-it-py, lxml, json,
ElementTree, polib). Counted per format:

* ``code``: a code block's content (trailing newlines aside) written byte-identical as code:
  md a fence/indented block (and the fence's info string for a fenced one), html a ``<pre>``,
  json a block ``kind == "code"`` whose text and target are the content, XLIFF a unit with
  ``translate="no"`` whose source (and target, when present) is the content, the review page a
  ``<pre>``; PO: the code is held out of the msgids (``code_po`` = code blocks NOT offered as a
  msgid to translate). ``code_damaged``: a code block's lines found in a target changed.
* ``ol``: an ordered list whose numbering is written: md an ordered list with the same start
  and items, html an ``<ol>`` with that ``start`` and item count, json list items carrying the
  numbers ``start .. start+n-1``.
* ``image`` / ``link``: the address written (md ``](url)``, html ``src``/``href``, json
  ``inline`` attrs) -- counted as in ``eval_html_structure.py``.
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
DATA = ROOT / "benchmarks" / "data" / "html_structure_t"
FORMATS = ("md", "html", "json", "xliff", "po", "review")
X = "{urn:oasis:names:tc:xliff:document:2.0}"


def _md() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def _code(text: str) -> str:
    return text.rstrip("\n")


def md_facts(text: str) -> dict[str, list[Any]]:
    facts: dict[str, list[Any]] = {"code": [], "ol": [], "image": [], "link": []}
    tokens = _md().parse(text)
    stack: list[list[Any]] = []
    for tok in tokens:
        if tok.type in ("fence", "code_block"):
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
        elif tok.type == "inline":
            for child in tok.children or []:
                if child.type == "image":
                    facts["image"].append(str(child.attrs.get("src", "")))
                elif child.type == "link_open":
                    href = str(child.attrs.get("href", ""))
                    if href.startswith(("http://", "https://")):
                        facts["link"].append(href)
    return facts


def html_facts(text: str) -> dict[str, list[Any]]:
    import lxml.html

    facts: dict[str, list[Any]] = {"code": [], "ol": [], "image": [], "link": []}
    doc = lxml.html.document_fromstring(text)
    main = (doc.xpath("//main") or [doc])[0]
    for pre in main.iter("pre"):
        facts["code"].append(("", _code(pre.text_content())))
    for ol in main.iter("ol"):
        start = ol.get("start") or "1"
        facts["ol"].append((int(start) if start.lstrip("-").isdigit() else 1,
                            sum(1 for li in ol if li.tag == "li")))  # fmt: skip
    for img in main.iter("img"):
        facts["image"].append(img.get("src") or "")
    for a in main.iter("a"):
        href = a.get("href") or ""
        if href.startswith(("http://", "https://")):
            facts["link"].append(href)
    return facts


def _runs(numbers: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(level, number) of consecutive numbered items -> (start, count) of each list."""
    out: list[tuple[int, int]] = []
    open_: dict[int, list[int]] = {}
    for level, number in numbers:
        for deeper in [k for k in open_ if k > level or (k == level and number < 0)]:
            out.append(tuple(open_.pop(deeper)))  # type: ignore[arg-type]
        if number < 0:
            continue
        run = open_.get(level)
        if run is not None and number == run[0] + run[1]:
            run[1] += 1
        else:
            if run is not None:
                out.append((run[0], run[1]))
            open_[level] = [number, 1]
    out += [(r[0], r[1]) for r in open_.values()]
    return out


def written(fmt: str, text: str) -> dict[str, list[Any]]:
    """What one edition writes: its code blocks, ordered lists, image and link addresses, and
    the text offered for translation (PO msgids, targets), read by an independent parser."""
    import html as html_lib

    import lxml.html
    import polib

    out: dict[str, list[Any]] = {"code": [], "ol": [], "image": [], "link": [], "targets": [],
                                 "msgids": []}  # fmt: skip
    if fmt == "md":
        body = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
        facts = md_facts(body)
        out.update({k: facts[k] for k in ("code", "ol", "image", "link")})
        from md_links import md_links

        out["link"] = md_links(body)  # CommonMark's reading (md_links.py), as written
        out["targets"] = [body]
    elif fmt in ("html", "review"):
        doc = lxml.html.document_fromstring(text)
        out["code"] = [("", _code(p.text_content())) for p in doc.iter("pre")]
        for ol in doc.iter("ol"):
            start = ol.get("start") or "1"
            out["ol"].append((int(start) if start.lstrip("-").isdigit() else 1,
                              sum(1 for li in ol if li.tag == "li")))  # fmt: skip
        out["image"] = [html_lib.unescape(i.get("src") or "") for i in doc.iter("img")]
        out["link"] = [a.get("href") or "" for a in doc.iter("a")]
        out["targets"] = [doc.text_content()]
    elif fmt == "json":
        data = json.loads(text)
        numbers: list[tuple[int, int]] = []
        for b in data.get("blocks", []):
            if b.get("kind") == "code" and b.get("source") == b.get("target"):
                out["code"].append((b.get("info", ""), _code(b.get("source") or "")))
            if b.get("kind") == "list_item":  # a bullet item (number -1) ends lists at its level
                number = b.get("number")
                numbers.append((int(b.get("level", 0)), number if isinstance(number, int) else -1))
            elif not (b.get("kind") == "code" and b.get("level")):
                out["ol"] += _runs(numbers)  # another block ends the lists
                numbers = []
            for x in b.get("inline", []):
                attrs = x.get("attrs", {})
                out["image" if x.get("kind") == "image" else "link"] += [
                    attrs[k] for k in ("href", "src") if k in attrs]  # fmt: skip
            out["targets"].append(str(b.get("target", "")))
        out["ol"] += _runs(numbers)
    elif fmt == "xliff":
        root = ET.fromstring(text)
        for unit in root.iter(X + "unit"):
            src = "".join("".join(s.itertext()) for s in unit.iter(X + "source"))
            tgt = ["".join(t.itertext()) for t in unit.iter(X + "target")]
            if unit.get("translate") == "no" and all(t == src for t in tgt):
                out["code"].append(("", _code(src)))
            else:
                out["targets"] += tgt
    else:
        for entry in polib.pofile(text):
            out["msgids"].append(entry.msgid)
            out["targets"].append(entry.msgstr)
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
    for kind in ("code", "ol", "image", "link"):
        counts[kind] += len(facts[kind])
    article = parse_article(text, fmt=fmt_in, source=path.name, article_id="t")
    prepared = prepare(article, RunOptions(source_lang="en"))
    options = RunOptions(use_cache=False, use_tm=False, source_lang="en")
    edition = translate_prepared(prepared, parse_targets("pt-BR")[0], options)
    for fmt in FORMATS:
        got = written(fmt, get_writer(fmt).render(edition))
        codes = Counter(c for _, c in got["code"])
        infos = Counter(got["code"])
        targets = "\n".join(got["targets"])
        for info, code in facts["code"]:
            ok = codes[code] > 0
            codes[code] -= ok
            if fmt == "md" and info:
                ok = ok and infos[(info, code)] > 0
            if fmt == "po":
                ok = not any(code.strip() and code.strip() in m for m in got["msgids"])
            counts[f"code_{fmt}"] += ok
            lines = [ln.strip() for ln in code.splitlines() if len(ln.strip()) >= 12]
            # the code's text offered for translation and changed: a line of it half there
            damaged = bool(lines) and not ok and any(
                ln.split()[0] in targets and ln not in targets for ln in lines if ln.split())
            counts[f"code_damaged_{fmt}"] += damaged
            if verbose and not ok and fmt in ("md", "html"):
                notes.append(f"{fmt}: code lost {code[:50]!r}")
        ols = Counter(got["ol"])
        for ol in facts["ol"]:
            ok = ols[ol] > 0
            ols[ol] -= ok
            counts[f"ol_{fmt}"] += ok
            if verbose and not ok and fmt in ("md", "html"):
                notes.append(f"{fmt}: ordered list {ol} not written")
        for kind in ("image", "link"):
            left = Counter(got[kind])
            for url in facts[kind]:
                ok = left[url] > 0
                left[url] -= ok
                counts[f"{kind}_{fmt}"] += ok
    return counts, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["md", "html"])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    from translate import __version__

    print(f"# eval_structure_t  {time.strftime('%Y-%m-%d %H:%M:%S %Z')}  {platform.node()}"
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
                print(f"{path.name[:60]:60} no edition: {exc}")
                continue
            total.update(counts)
            print(f"{path.name[:60]:60} " + "  ".join(
                f"{k} {counts[k + '_md']}/{counts[k + '_html']}/{counts[k + '_json']}/{counts[k]}"
                for k in ("code", "ol", "image", "link")))  # fmt: skip
            for note in notes:
                print(f"    {note}")
    print("per file: kind md/html/json kept / in the source")
    print(f"{'':14} {'source':>7} " + " ".join(f"{f:>7}" for f in FORMATS))
    for k in ("code", "code_damaged", "ol", "image", "link"):
        src = total[k] if k != "code_damaged" else total["code"]
        print(f"{k:14} {src:>7} " + " ".join(f"{total[f'{k}_{f}']:>7}" for f in FORMATS))
    print("code: kept byte-identical as code (po: held out of the msgids); code_damaged: a"
          " code line's first word in a target without the whole line; ol: numbering written")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
