"""Data tables of the development structure sets' real article pages (those with an expected
article text): a source ``<table>`` (no table inside, 2+ rows, a row of 2+ cells) whose cells are
at least half in the expected text is the article's; counted, with how many the reader reads as
tables (``Block.cell``), how many of its cells are read as cells and how many stand anywhere in
the reader's text.

    python benchmarks/dev_article_tables.py r s t u v w x y z aa ab ac ad ae af ag ah

A development tool (struct33): it refuses the held-out sets (AI, AK, AL, AM, AN since struct38,
AO since struct39, AP since struct40, AQ since struct42, AR since struct43;
AJ is development since struct34).
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
import eval_structure_v as v  # noqa: E402
import lxml.html  # noqa: E402

from translate.read import parse_article  # noqa: E402

sets = sys.argv[1:]
HELD_SETS = {"ai", "ak", "al", "am", "an", "ao", "ap", "aq", "ar", "as", "at", "au", "av", "aw",
             "ax"}  # fmt: skip
if HELD_SETS & set(sets):
    raise SystemExit("a held-out set: not read")
T = dict(pages=0, src_tables=0, read_tables=0, src_cells=0, cells_as_cells=0, cells_in_text=0)
for s in sets:
    for path in sorted((ROOT / "benchmarks/data" / f"html_structure_{s}" / "html").glob("*")):
        if path.name.endswith(".expected.txt") or not v._expected(path).exists():
            continue
        text = v._read(path)
        wanted = v._squash(v._expected(path).read_text(encoding="utf-8"))
        doc = lxml.html.document_fromstring(text)
        tabs = []
        for t in doc.iter("table"):
            if t.xpath(".//table"):
                continue
            rows = t.xpath(".//tr")
            cells = [c for c in t.xpath(".//td|.//th") if c.text_content().strip()]
            if len(rows) < 2 or max((len(r.xpath("./td|./th")) for r in rows), default=0) < 2:
                continue
            inart = [
                c
                for c in cells
                if len(v._squash(c.text_content())) >= 3 and v._squash(c.text_content()) in wanted
            ]
            if len(inart) >= max(2, len(cells) // 2):
                tabs.append(cells)
        T["pages"] += 1
        if not tabs:
            continue
        art = parse_article(text, fmt="html", source=path.name, article_id="t")
        read_tabs = {b.cell[0] for b in art.blocks if b.cell}
        cellkeys = {v._squash(b.text) for b in art.blocks if b.cell}
        textkeys = v._squash(" ".join(b.text for b in art.blocks))
        n = sum(len(c) for c in tabs)
        asc = sum(1 for c in tabs for x in c if v._squash(x.text_content()) in cellkeys)
        intext = sum(1 for c in tabs for x in c if v._squash(x.text_content()) in textkeys)
        T["src_tables"] += len(tabs)
        T["read_tables"] += len(read_tabs)
        T["src_cells"] += n
        T["cells_as_cells"] += asc
        T["cells_in_text"] += intext
        print(
            f"{s} {path.name[:50]:50} tables {len(tabs)} read {len(read_tabs)} cells {n}"
            f" as-cells {asc} in-text {intext}"
        )
        sys.stdout.flush()
print("TOTAL", T)
