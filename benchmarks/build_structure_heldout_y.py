"""Copy the held-out structure set Y: real article pages of the real-world corpus and real
Markdown documents, rich in inline links and headings (fifteenth structure pass: every link and
heading kept, in every format).

    python benchmarks/build_structure_heldout_y.py                                  # copy (once)
    python benchmarks/eval_structure_v.py -v --data benchmarks/data/html_structure_y  # measure

Selection rule, fixed on 2026-12-04 before any run and before any change it measures (struct15,
fifteenth pass), never by looking at our output:

* **HTML, real-world corpus articles** (``html/<id>.html.gz`` with ``<id>.expected.txt``): the
  English pages of ``kind`` article with an expected text of ``tests/data/realworld/heldout_i``
  .. ``heldout_o`` (sets no structure evaluation reads: the structure facts cover the
  development pages, ``heldout``, ``heldout_c``, ``zyte_dev`` and ``heldout_d``..``f``; set g
  was read for links in the eighth pass; set h has no expected texts), whose article -- the
  elements ``eval_structure_v.py`` counts on a page with an expected text (``article_facts``:
  text of the element, or of the block a link stands in, found in the page's expected text)
  -- holds at least 4 links and at least 2 headings; one page per site
  (the host of its ``url``); the first 12 in order of the SHA-256 of the page id. Each under
  its corpus set's licence (``tests/data/realworld/LICENSES``, recorded per file in NOTICE.md).
* **Markdown, Debian package docs** (``md/debian--*``): set X's rule (every ``*.md`` and
  ``*.md.gz`` under ``/usr/share/doc`` outside ``nodejs`` and ``python3-pip``, 1,000 to 45,000
  bytes uncompressed, at least 3 inline links, byte-identical copies once, in order of the
  SHA-256 of the path relative to ``/usr/share/doc``), the 13th to the 20th (X took the first 12).
* **Markdown, Node.js** (``md/nodejs--*``): set W's filter on the Node.js documentation of
  Debian's ``nodejs`` package (3,000 to 15,000 bytes, at least 3 inline links, SHA-256 order),
  the 17th to the 22nd (W took the first 8, X the 9th to 16th; only 19 pass the filter).

No file is in structure sets held/R/S/T/U/V/W/X or in ``tests/data/markdown``. What is counted is
read from each source by independent parsers (``eval_structure_v.py``: markdown-it-py with its
footnote/deflist plugins, lxml), never from our reader.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import build_structure_heldout_x as x  # noqa: E402

OUT = HERE / "data" / "html_structure_y"
CORPUS = ROOT / "tests" / "data" / "realworld"
SETS = tuple(f"heldout_{s}" for s in "ijklmno")


def _licence(setname: str, meta: dict[str, object]) -> str:
    source = meta.get("source") or {}
    package = source.get("package", "") if isinstance(source, dict) else ""
    return f"tests/data/realworld/{setname} ({package}); see tests/data/realworld/LICENSES"


def corpus_pages() -> list[tuple[str, bytes, bytes, str]]:
    from eval_structure_v import article_facts

    candidates = []
    for setname in SETS:
        for meta_path in sorted((CORPUS / setname / "pages").glob("*.json")):
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if meta.get("language") != "en" or meta.get("kind") != "article":
                continue
            candidates.append((setname, meta))
    out: list[tuple[str, bytes, bytes, str]] = []
    hosts: set[str] = set()
    for setname, meta in sorted(candidates, key=lambda c: x._sha(str(c[1]["id"]))):
        host = urlsplit(str(meta.get("url", ""))).hostname or ""
        if host.removeprefix("www.") in hosts:
            continue
        base = CORPUS / setname
        raw = (base / str(meta["file"])).read_bytes()
        page = gzip.decompress(raw) if str(meta["file"]).endswith(".gz") else raw
        expected = (base / str(meta["expected_text"])).read_bytes()
        facts = article_facts(page.decode("utf-8", "replace"), expected.decode("utf-8"))
        if len(facts["link"]) < 4 or len(facts["heading"]) < 2:
            continue
        hosts.add(host.removeprefix("www."))
        packed = gzip.compress(page, mtime=0)
        out.append((str(meta["id"]), packed, expected, _licence(setname, meta)))
        if len(out) == 12:
            break
    return out


def debian_files() -> list[tuple[str, bytes, str]]:
    x_names = {n for n, _, _ in x.debian_files()}
    return [f for f in _debian_all(20) if f[0] not in x_names][:8]


def _debian_all(limit: int) -> list[tuple[str, bytes, str]]:
    candidates = [
        p
        for p in list(x.DOC.rglob("*.md")) + list(x.DOC.rglob("*.md.gz"))
        if p.relative_to(x.DOC).parts[0] not in ("nodejs", "python3-pip") and p.is_file()
    ]
    out: list[tuple[str, bytes, str]] = []
    seen: set[str] = set()
    for path in sorted(candidates, key=lambda p: x._sha(p.relative_to(x.DOC).as_posix())):
        raw = path.read_bytes()
        data = gzip.decompress(raw) if path.name.endswith(".gz") else raw
        digest = hashlib.sha256(data).hexdigest()
        if not 1000 <= len(data) <= 45000 or data.count(b"](") < 3 or digest in seen:
            continue
        seen.add(digest)
        rel = path.relative_to(x.DOC).as_posix().removesuffix(".gz").replace("/", "--")
        package = path.relative_to(x.DOC).parts[0]
        out.append((f"debian--{rel}", data, f"see /usr/share/doc/{package}/copyright"))
        if len(out) == limit:
            break
    return out


def node_files() -> list[tuple[str, bytes, str]]:
    out: list[tuple[str, bytes, str]] = []
    paths = sorted(x.NODE.rglob("*.md"), key=lambda p: x._sha(p.relative_to(x.NODE).as_posix()))
    passed = 0
    for path in paths:
        data = path.read_bytes()
        if not 3000 <= len(data) <= 15000 or data.count(b"](") < 3:
            continue
        passed += 1
        if passed <= 16:
            continue  # sets W and X
        rel = path.relative_to(x.NODE).as_posix().replace("/", "--")
        out.append((f"nodejs--{rel}", data, "MIT (Node.js, Debian's nodejs package)"))
        if len(out) == 6:
            break
    return out


def main(argv: list[str]) -> int:
    notice = [
        "# Set Y: sources and licences",
        "",
        "Written by `benchmarks/build_structure_heldout_y.py` (selection rule there) on "
        "2026-12-04, before the fifteenth structure pass changed any code it measures.",
        "",
    ]
    (OUT / "md").mkdir(parents=True, exist_ok=True)
    (OUT / "html").mkdir(parents=True, exist_ok=True)
    for name, data, licence in debian_files() + node_files():
        (OUT / "md" / name).write_bytes(data)
        notice.append(f"- `md/{name}` ({len(data)} bytes): {licence}")
        print("md", name, len(data))
    for page_id, page, expected, licence in corpus_pages():
        (OUT / "html" / f"{page_id}.html.gz").write_bytes(page)
        (OUT / "html" / f"{page_id}.expected.txt").write_bytes(expected)
        notice.append(f"- `html/{page_id}.html.gz` and its expected text: {licence}")
        print("html", page_id, len(page))
    (OUT / "NOTICE.md").write_text("\n".join(notice) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
