"""Copy the held-out structure set V: real Markdown documents and real HTML pages with tables,
definition lists, images, headings, links and lists (twelfth structure pass).

    python benchmarks/build_structure_heldout_v.py     # copy the files (once)
    python benchmarks/eval_structure_v.py -v            # measure (facts from the sources)

Selection rule, fixed on 2026-12-04 before any run and before any change it measures (untrans12,
twelfth pass), never by looking at our output:

* **Markdown** (``md/``): the long descriptions (the body of ``METADATA``) of the distributions
  installed in the project's virtual environment (``pip install -c requirements.lock -e
  .[test]``; Python 3.11) whose ``Description-Content-Type`` is ``text/markdown``, of 2,000 to
  45,000 bytes, holding an image (``![``) or a table delimiter row (``|---``), minus this
  project, minus every distribution set U copied (``html_structure_u/md``) and every one whose
  repository gave set T a file (``htmldate``); all of them, in order of normalized name.
* **HTML** (``html/``): the pages of eight mdBook books shipped with the Rust toolchain on this
  machine (stable, ``share/doc/rust/html``; MIT/Apache-2.0): ``book``, ``cargo``, ``clippy``,
  ``embedded-book``, ``nomicon``, ``reference``, ``rustc``, ``unstable-book`` (set T used
  ``edition-guide`` and ``rustdoc``); a page holding ``<table`` or ``<dl`` and a ``<main``, at
  most 35,000 bytes, ``print.html`` / ``toc.html`` / ``404.html`` excluded, not a page set U
  copied (same book and path), byte-identical copies once; the first 3 per book in REVERSE byte
  order of their path (set U took the first ones in forward order).

None of these files is in the real-world corpus or in the structure sets held/R/S/T/U. What is
counted (``eval_structure_v.py``) is read from each source by independent parsers
(markdown-it-py with its footnote/deflist plugins, lxml), never from our reader.
"""

from __future__ import annotations

import hashlib
import re
import sys
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "data" / "html_structure_v"
SET_T = HERE / "data" / "html_structure_t"
SET_U = HERE / "data" / "html_structure_u"
RUST = Path.home() / ".rustup/toolchains/stable-x86_64-unknown-linux-gnu/share/doc/rust/html"
BOOKS = ("book", "cargo", "clippy", "embedded-book", "nomicon", "reference", "rustc",
         "unstable-book")  # fmt: skip
TABLE_ROW = re.compile(r"(?m)^\s*\|?\s*:?-{3,}")
HTML_MARKERS = (b"<table", b"<dl")


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def markdown_files() -> list[tuple[str, bytes, str]]:
    used = {_normal(p.name.split("--")[0].split("+")[-1]) for p in (SET_T / "md").iterdir()}
    used |= {_normal(p.name.rsplit("-", 1)[0]) for p in (SET_U / "md").iterdir()}
    out: list[tuple[str, bytes, str]] = []
    seen: set[str] = set()
    dists = sorted(metadata.distributions(), key=lambda d: _normal(d.metadata["Name"] or ""))
    for dist in dists:
        name = _normal(dist.metadata["Name"] or "")
        if name in seen or name == "newsroom-translate":
            continue
        seen.add(name)
        if not (dist.metadata.get("Description-Content-Type") or "").startswith("text/markdown"):
            continue
        body = dist.metadata.get_payload()  # type: ignore[attr-defined]
        data = (body if isinstance(body, str) else "").encode("utf-8")
        text = data.decode("utf-8")
        if not 2000 <= len(data) <= 45000 or not ("![" in text or TABLE_ROW.search(text)):
            continue
        if name in used:
            continue
        licence = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
        licence = licence.splitlines()[0][:80] if licence.strip() else "see the distribution"
        out.append((f"{name}-{dist.version}.md", data, licence))
    return out


def html_files() -> list[tuple[str, bytes, str]]:
    used = {p.name for p in (SET_U / "html").iterdir()}
    out: list[tuple[str, bytes, str]] = []
    seen: set[str] = set()
    for book in BOOKS:
        taken = 0
        paths = sorted((RUST / book).rglob("*.html"), key=lambda p: p.as_posix().encode())
        for path in reversed(paths):
            if taken == 3:
                break
            if path.name in ("print.html", "toc.html", "404.html"):
                continue
            rel = path.relative_to(RUST / book).as_posix().replace("/", "--")
            if f"{book}--{rel}" in used:
                continue
            data = path.read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            if len(data) > 35000 or not any(m in data for m in HTML_MARKERS) or digest in seen:
                continue
            if b"<main" not in data:
                continue
            seen.add(digest)
            taken += 1
            out.append((f"{book}--{rel}", data, "MIT OR Apache-2.0 (the Rust project)"))
    return out


def main(argv: list[str]) -> int:
    notice = [
        "# Set V: sources and licences",
        "",
        "Written by `benchmarks/build_structure_heldout_v.py` (selection rule there) on "
        "2026-12-04, before the twelfth structure pass changed any code it measures.",
        "",
    ]
    for sub, files in (("md", markdown_files()), ("html", html_files())):
        (OUT / sub).mkdir(parents=True, exist_ok=True)
        for name, data, licence in files:
            (OUT / sub / name).write_bytes(data)
            notice.append(f"- `{sub}/{name}` ({len(data)} bytes): {licence}")
            print(sub, name, len(data))
    (OUT / "NOTICE.md").write_text("\n".join(notice) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
