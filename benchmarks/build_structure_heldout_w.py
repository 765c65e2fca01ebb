"""Copy the held-out structure set W: real Markdown documents and real HTML pages rich in links
and headings (thirteenth structure pass: links whose words the engine rewrites).

    python benchmarks/build_structure_heldout_w.py                                  # copy (once)
    python benchmarks/eval_structure_v.py -v --data benchmarks/data/html_structure_w  # measure

Selection rule, fixed on 2026-12-04 before any run and before any change it measures (untrans13,
thirteenth pass), never by looking at our output:

* **Markdown, Node.js** (``md/nodejs--*``): the ``.md`` files of the Node.js documentation shipped
  by Debian's ``nodejs`` package (``/usr/share/doc/nodejs``, MIT), of 3,000 to 15,000 bytes,
  holding at least 3 inline links (``](``); the first 8 in order of the SHA-256 of their path
  relative to that folder.
* **Markdown, Rust toolchain** (``md/rust--*``): the ``README.md`` files of ``share/doc/<tool>``
  of the stable Rust toolchain on this machine (MIT OR Apache-2.0), minus clippy's (the tests'
  ``tests/data/markdown`` holds it).
* **Markdown, distributions** (``md/pypi--*``): the long descriptions (the body of ``METADATA``)
  of the distributions installed in the project's virtual environment whose
  ``Description-Content-Type`` is ``text/markdown``, of 500 to 45,000 bytes, holding at least 2
  inline links, minus this project and every distribution sets T, U and V copied; all of them.
* **HTML** (``html/``): the pages of the two mdBook books shipped with the Rust toolchain that no
  set used, ``rust-by-example`` and ``style-guide`` (``share/doc/rust/html``; MIT OR Apache-2.0),
  English pages only (a first folder holding its own ``index.html`` and ``print.html`` is a
  translated copy of the book: ``ja``, ``ko``, ``es``, ``zh``; excluded), holding a ``<main``
  and at least 3 ``href="http``, at most 35,000 bytes, ``print.html`` /
  ``toc.html`` / ``404.html`` excluded, byte-identical copies once; the first 6 per book in order
  of the SHA-256 of their path relative to the book.

None of these files is in the real-world corpus or in the structure sets held/R/S/T/U/V. What is
counted is read from each source by independent parsers (``eval_structure_v.py``:
markdown-it-py with its footnote/deflist plugins, lxml), never from our reader.
"""

from __future__ import annotations

import hashlib
import re
import sys
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "data" / "html_structure_w"
USED_MD = [HERE / "data" / f"html_structure_{s}" / "md" for s in ("t", "u", "v")]
TOOLCHAIN = Path.home() / ".rustup/toolchains/stable-x86_64-unknown-linux-gnu"
RUST = TOOLCHAIN / "share/doc/rust/html"
NODE = Path("/usr/share/doc/nodejs")
BOOKS = ("rust-by-example", "style-guide")


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def node_files() -> list[tuple[str, bytes, str]]:
    out: list[tuple[str, bytes, str]] = []
    paths = sorted(NODE.rglob("*.md"), key=lambda p: _sha(p.relative_to(NODE).as_posix()))
    for path in paths:
        data = path.read_bytes()
        if not 3000 <= len(data) <= 15000 or data.count(b"](") < 3:
            continue
        rel = path.relative_to(NODE).as_posix().replace("/", "--")
        out.append((f"nodejs--{rel}", data, "MIT (Node.js, Debian's nodejs package)"))
        if len(out) == 8:
            break
    return out


def rust_readmes() -> list[tuple[str, bytes, str]]:
    out: list[tuple[str, bytes, str]] = []
    for path in sorted((TOOLCHAIN / "share/doc").glob("*/README.md")):
        tool = path.parent.name
        if tool == "clippy":
            continue
        out.append((f"rust--{tool}--README.md", path.read_bytes(), "MIT OR Apache-2.0"))
    return out


def pypi_files() -> list[tuple[str, bytes, str]]:
    used: set[str] = set()
    for folder in USED_MD:
        for p in folder.iterdir():
            stem = p.name.split("--")[0].split("+")[-1] if "--" in p.name else p.name
            used.add(_normal(stem.rsplit("-", 1)[0] if stem.endswith(".md") else stem))
            used.add(_normal(stem))
    out: list[tuple[str, bytes, str]] = []
    seen: set[str] = set()
    dists = sorted(metadata.distributions(), key=lambda d: _normal(d.metadata["Name"] or ""))
    for dist in dists:
        name = _normal(dist.metadata["Name"] or "")
        if name in seen or name == "newsroom-translate" or name in used:
            continue
        seen.add(name)
        if not (dist.metadata.get("Description-Content-Type") or "").startswith("text/markdown"):
            continue
        body = dist.metadata.get_payload()  # type: ignore[attr-defined]
        data = (body if isinstance(body, str) else "").encode("utf-8")
        if not 500 <= len(data) <= 45000 or data.count(b"](") < 2:
            continue
        licence = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
        licence = licence.splitlines()[0][:80] if licence.strip() else "see the distribution"
        out.append((f"pypi--{name}-{dist.version}.md", data, licence))
    return out


def html_files() -> list[tuple[str, bytes, str]]:
    out: list[tuple[str, bytes, str]] = []
    seen: set[str] = set()
    for book in BOOKS:
        taken = 0
        root = RUST / book
        paths = sorted(root.rglob("*.html"), key=lambda p: _sha(p.relative_to(root).as_posix()))
        for path in paths:
            if taken == 6:
                break
            if path.name in ("print.html", "toc.html", "404.html"):
                continue
            top = path.relative_to(root).parts[0]
            if (root / top / "index.html").exists() and (root / top / "print.html").exists():
                continue  # a translation of the book
            data = path.read_bytes()
            digest = hashlib.sha256(data).hexdigest()
            if len(data) > 35000 or b"<main" not in data or digest in seen:
                continue
            if data.count(b'href="http') < 3:
                continue
            seen.add(digest)
            taken += 1
            rel = path.relative_to(root).as_posix().replace("/", "--")
            out.append((f"{book}--{rel}", data, "MIT OR Apache-2.0 (the Rust project)"))
    return out


def main(argv: list[str]) -> int:
    notice = [
        "# Set W: sources and licences",
        "",
        "Written by `benchmarks/build_structure_heldout_w.py` (selection rule there) on "
        "2026-12-04, before the thirteenth structure pass changed any code it measures.",
        "",
    ]
    md = node_files() + rust_readmes() + pypi_files()
    for sub, files in (("md", md), ("html", html_files())):
        (OUT / sub).mkdir(parents=True, exist_ok=True)
        for name, data, licence in files:
            (OUT / sub / name).write_bytes(data)
            notice.append(f"- `{sub}/{name}` ({len(data)} bytes): {licence}")
            print(sub, name, len(data))
    (OUT / "NOTICE.md").write_text("\n".join(notice) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
