"""Copy the held-out structure set T: real Markdown files and real HTML pages with code blocks
and ordered lists (tenth structure pass: code blocks, list numbering).

    python benchmarks/build_structure_heldout_t.py     # copy the files (once)
    python benchmarks/eval_structure_t.py -v            # measure (facts from the sources)

Selection rule, fixed on 2026-12-04 before any run and before any change it measures (untrans
helper, tenth pass), never by looking at our output:

* **Markdown** (``md/``): every ``*.md`` file at ``HEAD`` of every repository mirrored under
  ``/work/.mirror`` on 2026-12-04 (21 mirrors: extractors, feed parsers, benchmarks, OpenXLIFF,
  LibreTranslate) holding at least one fence line (```` ``` ```` or ``~~~``) AND at least one
  ordered-list line (``1.`` / ``1)``), of at most 8,000 bytes, at most two per repository (the
  first two in byte order of their path). Licences: each repository's own (MIT, Apache-2.0,
  GPL/EPL for OpenXLIFF's docs); recorded in ``NOTICE.md`` beside the copies.
* **HTML** (``html/``): the pages of two mdBook books shipped with the Rust toolchain on this
  machine (rustc 1.95.0, ``share/doc/rust/html``; MIT/Apache-2.0): the rustdoc book's pages
  (``rustdoc/**/*.html``) and the edition guide's (``edition-guide/**/*.html``) holding a
  ``<pre`` and, for the edition guide, an ``<ol`` too; ``print.html``/``toc.html`` excluded, at
  most 35,000 bytes, byte-identical copies once (``index.html`` = ``what-is-rustdoc.html``).

None of these files is in the real-world corpus or in the structure sets held/R/S. What is
counted (``eval_structure_t.py``) is read from each source by independent parsers
(markdown-it-py, lxml), never from our reader: every code block (fenced, indented, ``<pre>``)
kept byte-identical and untranslated, every ordered list's numbering (start and count), every
image and link address, in every edition format (md, html, json, XLIFF, PO, review page).
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent / "data" / "html_structure_t"
MIRRORS = Path("/work/.mirror")
RUST = Path.home() / ".rustup/toolchains/stable-x86_64-unknown-linux-gnu/share/doc/rust/html"
FENCE = re.compile(r"(?m)^\s{0,3}(```|~~~)")
ORDERED = re.compile(r"(?m)^\s{0,3}\d{1,9}[.)]\s")


def _git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(repo), *args], check=True,
                          capture_output=True).stdout  # fmt: skip


def markdown_files() -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    for mirror in sorted(MIRRORS.iterdir()):
        repo = mirror / "repo"
        if not (repo / "HEAD").exists():
            continue
        names = sorted(_git(repo, "ls-tree", "-r", "--name-only", "HEAD").decode().splitlines())
        taken = 0
        for name in names:
            if not name.lower().endswith(".md") or taken >= 2:
                continue
            data = _git(repo, "show", f"HEAD:{name}")
            text = data.decode("utf-8", "replace")
            if len(data) <= 8000 and FENCE.search(text) and ORDERED.search(text):
                taken += 1
                out.append((f"{mirror.name}--{name.replace('/', '--')}", data))
    return out


def html_files() -> list[tuple[str, bytes]]:
    out: list[tuple[str, bytes]] = []
    seen: set[str] = set()
    for book, need_ol in (("rustdoc", False), ("edition-guide", True)):
        for path in sorted((RUST / book).rglob("*.html")):
            if path.name in ("print.html", "toc.html"):
                continue
            data = path.read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            if len(data) > 35000 or b"<pre" not in data or (need_ol and b"<ol" not in data):
                continue
            if digest in seen:
                continue
            seen.add(digest)
            rel = path.relative_to(RUST / book).as_posix().replace("/", "--")
            out.append((f"{book}--{rel}", data))
    return out


def main(argv: list[str]) -> int:
    for sub, files in (("md", markdown_files()), ("html", html_files())):
        (OUT / sub).mkdir(parents=True, exist_ok=True)
        for name, data in files:
            (OUT / sub / name).write_bytes(data)
            print(sub, name, len(data))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
