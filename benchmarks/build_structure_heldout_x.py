"""Copy the held-out structure set X: real Markdown documents and real HTML pages rich in links
and headings (fourteenth structure pass: links and headings kept in every format).

    python benchmarks/build_structure_heldout_x.py                                  # copy (once)
    python benchmarks/eval_structure_v.py -v --data benchmarks/data/html_structure_x  # measure

Selection rule, fixed on 2026-12-04 before any run and before any change it measures (untrans14,
fourteenth pass), never by looking at our output:

* **Markdown, Debian package docs** (``md/debian--*``): every ``*.md`` and ``*.md.gz`` file under
  ``/usr/share/doc`` outside ``nodejs`` (set W's source) and ``python3-pip`` (the tests' source),
  of 1,000 to 45,000 bytes (uncompressed), holding at least 3 inline links (``](``);
  byte-identical copies (one README shipped by several binary packages) once; the first 12 in
  order of the SHA-256 of their path relative to ``/usr/share/doc``. Each under its package's
  licence (``/usr/share/doc/<package>/copyright``).
* **Markdown, Node.js** (``md/nodejs--*``): the ``.md`` files of the Node.js documentation in
  Debian's ``nodejs`` package that pass set W's filter (3,000 to 15,000 bytes, at least 3 inline
  links), in set W's order (SHA-256 of the path), the 9th to the 16th (W took the first 8).
* **HTML, Rust error index** (``html/error_codes--*``): the pages of
  ``share/doc/rust/html/error_codes`` of the stable Rust toolchain (MIT OR Apache-2.0), holding
  a ``<main`` and at least 2 ``href="http``, at most 35,000 bytes; the first 6 in order of the
  SHA-256 of their file name.
* **HTML, Rust books** (``html/<book>--*``): English pages of the mdBook books of the toolchain
  (folders of ``share/doc/rust/html`` holding an ``index.html`` and a ``print.html``, other
  than ``error_codes``), with set W's filter (a ``<main``, at least 3 ``href="http``, at most
  35,000 bytes, ``print.html`` / ``toc.html`` / ``404.html`` and translated copies excluded,
  byte-identical copies once) and not already in sets T, U, V or W (by copied file name); the
  first 8 in order of the SHA-256 of their path relative to ``share/doc/rust/html``.

None of these files is in the real-world corpus or in structure sets held/R/S/T/U/V/W. What is
counted is read from each source by independent parsers (``eval_structure_v.py``:
markdown-it-py with its footnote/deflist plugins, lxml), never from our reader.
"""

from __future__ import annotations

import gzip
import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "data" / "html_structure_x"
USED_HTML = [HERE / "data" / f"html_structure_{s}" / "html" for s in ("t", "u", "v", "w")]
TOOLCHAIN = Path.home() / ".rustup/toolchains/stable-x86_64-unknown-linux-gnu"
RUST = TOOLCHAIN / "share/doc/rust/html"
DOC = Path("/usr/share/doc")
NODE = DOC / "nodejs"


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def debian_files() -> list[tuple[str, bytes, str]]:
    candidates = [
        p
        for p in list(DOC.rglob("*.md")) + list(DOC.rglob("*.md.gz"))
        if p.relative_to(DOC).parts[0] not in ("nodejs", "python3-pip") and p.is_file()
    ]
    out: list[tuple[str, bytes, str]] = []
    seen: set[str] = set()
    for path in sorted(candidates, key=lambda p: _sha(p.relative_to(DOC).as_posix())):
        raw = path.read_bytes()
        data = gzip.decompress(raw) if path.name.endswith(".gz") else raw
        digest = hashlib.sha256(data).hexdigest()
        if not 1000 <= len(data) <= 45000 or data.count(b"](") < 3 or digest in seen:
            continue
        seen.add(digest)
        rel = path.relative_to(DOC).as_posix().removesuffix(".gz").replace("/", "--")
        package = path.relative_to(DOC).parts[0]
        out.append((f"debian--{rel}", data, f"see /usr/share/doc/{package}/copyright"))
        if len(out) == 12:
            break
    return out


def node_files() -> list[tuple[str, bytes, str]]:
    out: list[tuple[str, bytes, str]] = []
    paths = sorted(NODE.rglob("*.md"), key=lambda p: _sha(p.relative_to(NODE).as_posix()))
    passed = 0
    for path in paths:
        data = path.read_bytes()
        if not 3000 <= len(data) <= 15000 or data.count(b"](") < 3:
            continue
        passed += 1
        if passed <= 8:
            continue  # set W's
        rel = path.relative_to(NODE).as_posix().replace("/", "--")
        out.append((f"nodejs--{rel}", data, "MIT (Node.js, Debian's nodejs package)"))
        if len(out) == 8:
            break
    return out


def error_pages() -> list[tuple[str, bytes, str]]:
    out: list[tuple[str, bytes, str]] = []
    root = RUST / "error_codes"
    for path in sorted(root.glob("*.html"), key=lambda p: _sha(p.name)):
        data = path.read_bytes()
        if len(data) > 35000 or b"<main" not in data or data.count(b'href="http') < 2:
            continue
        out.append((f"error_codes--{path.name}", data, "MIT OR Apache-2.0 (the Rust project)"))
        if len(out) == 6:
            break
    return out


def book_pages() -> list[tuple[str, bytes, str]]:
    used = {p.name for folder in USED_HTML for p in folder.iterdir()}
    books = [
        d
        for d in sorted(RUST.iterdir())
        if (d / "index.html").exists() and (d / "print.html").exists() and d.name != "error_codes"
    ]
    paths = [p for book in books for p in book.rglob("*.html")]
    out: list[tuple[str, bytes, str]] = []
    seen: set[str] = set()
    for path in sorted(paths, key=lambda p: _sha(p.relative_to(RUST).as_posix())):
        if path.name in ("print.html", "toc.html", "404.html"):
            continue
        book = RUST / path.relative_to(RUST).parts[0]
        inner = path.relative_to(book)
        top = inner.parts[0]
        translated = (book / top / "index.html").exists() and (book / top / "print.html").exists()
        if len(inner.parts) > 1 and translated:
            continue  # a translation of the book
        name = path.relative_to(RUST).as_posix().replace("/", "--")
        if name in used:
            continue
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if len(data) > 35000 or b"<main" not in data or digest in seen:
            continue
        if data.count(b'href="http') < 3:
            continue
        seen.add(digest)
        out.append((name, data, "MIT OR Apache-2.0 (the Rust project)"))
        if len(out) == 8:
            break
    return out


def main(argv: list[str]) -> int:
    notice = [
        "# Set X: sources and licences",
        "",
        "Written by `benchmarks/build_structure_heldout_x.py` (selection rule there) on "
        "2026-12-04, before the fourteenth structure pass changed any code it measures.",
        "",
    ]
    md = debian_files() + node_files()
    for sub, files in (("md", md), ("html", error_pages() + book_pages())):
        (OUT / sub).mkdir(parents=True, exist_ok=True)
        for name, data, licence in files:
            (OUT / sub / name).write_bytes(data)
            notice.append(f"- `{sub}/{name}` ({len(data)} bytes): {licence}")
            print(sub, name, len(data))
    (OUT / "NOTICE.md").write_text("\n".join(notice) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
