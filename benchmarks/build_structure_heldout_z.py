"""Copy the held-out structure set Z: real article pages of the real-world corpus and real
Markdown documents of mirrored repositories, rich in inline links and headings (sixteenth
structure pass: every link and heading kept, in every format).

    python benchmarks/build_structure_heldout_z.py                                  # copy (once)
    python benchmarks/eval_structure_v.py -v --data benchmarks/data/html_structure_z  # measure

Selection rule, fixed on 2026-12-04 before any run and before any change it measures (struct16,
sixteenth pass), never by looking at our output:

* **HTML, real-world corpus articles** (``html/<id>.html.gz`` with ``<id>.expected.txt``): set
  Y's rule (English pages of ``kind`` article with an expected text whose article, as
  ``eval_structure_v.article_facts`` counts it, holds at least 4 links and at least 2 headings;
  one page per site; in order of the SHA-256 of the page id) over ``heldout_i`` .. ``heldout_p``,
  leaving out every page and every site set Y took; the first 12.
* **Markdown, mirrored repositories** (``md/<mirror>--<path>``): every ``*.md`` file at ``HEAD``
  of every repository mirrored under ``/work/.mirror`` on 2026-12-04 (the 16 mirrors there before
  this pass, plus three fetched for this set before any run: github/opensource.guide,
  rust-lang/rfcs, Homebrew/brew), whose path has no directory named like a language tag (``es``,
  ``pt-br``: translations) and no ``node_modules`` or ``vendor`` directory (third-party copies;
  added after the first copy took a vendored ``node_modules`` README, before any measurement), of
  1,500 to 30,000 bytes, with at least 4 inline links to an http(s) address (``](http``) and at
  least 2 ATX heading lines, not byte-identical to any file of the structure sets held/R..Y or
  ``tests/data/markdown``; one per repository, the first in order of the SHA-256 of its path;
  repositories in name order. Each under its repository's licence (recorded per file in NOTICE.md
  with the mirror's commit).

What is counted is read from each source by independent parsers (``eval_structure_v.py``:
markdown-it-py with its footnote/deflist plugins, lxml), never from our reader.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import build_structure_heldout_x as x  # noqa: E402

OUT = HERE / "data" / "html_structure_z"
CORPUS = ROOT / "tests" / "data" / "realworld"
SETS = tuple(f"heldout_{s}" for s in "ijklmnop")
MIRRORS = Path("/work/.mirror")
Y = HERE / "data" / "html_structure_y"
LANG_DIR = re.compile(r"^[a-z]{2}(?:[-_][A-Za-z]{2,4})?$")
HEADING = re.compile(rb"(?m)^ {0,3}#{1,6}[ \t]")


def _licence(setname: str, meta: dict[str, object]) -> str:
    source = meta.get("source") or {}
    package = source.get("package", "") if isinstance(source, dict) else ""
    return f"tests/data/realworld/{setname} ({package}); see tests/data/realworld/LICENSES"


def _y_pages() -> tuple[set[str], set[str]]:
    ids = {p.name.removesuffix(".html.gz") for p in (Y / "html").glob("*.html.gz")}
    hosts: set[str] = set()
    for setname in SETS:
        for meta_path in (CORPUS / setname / "pages").glob("*.json"):
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if str(meta["id"]) in ids:
                host = urlsplit(str(meta.get("url", ""))).hostname or ""
                hosts.add(host.removeprefix("www."))
    return ids, hosts


def corpus_pages() -> list[tuple[str, bytes, bytes, str]]:
    from eval_structure_v import article_facts

    y_ids, y_hosts = _y_pages()
    candidates = []
    for setname in SETS:
        for meta_path in sorted((CORPUS / setname / "pages").glob("*.json")):
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if meta.get("language") != "en" or meta.get("kind") != "article":
                continue
            if not meta.get("expected_text") or str(meta["id"]) in y_ids:
                continue
            candidates.append((setname, meta))
    out: list[tuple[str, bytes, bytes, str]] = []
    hosts: set[str] = set(y_hosts)
    for setname, meta in sorted(candidates, key=lambda c: x._sha(str(c[1]["id"]))):
        host = (urlsplit(str(meta.get("url", ""))).hostname or "").removeprefix("www.")
        if host in hosts:
            continue
        base = CORPUS / setname
        raw = (base / str(meta["file"])).read_bytes()
        page = gzip.decompress(raw) if str(meta["file"]).endswith(".gz") else raw
        expected = (base / str(meta["expected_text"])).read_bytes()
        facts = article_facts(page.decode("utf-8", "replace"), expected.decode("utf-8"))
        if len(facts["link"]) < 4 or len(facts["heading"]) < 2:
            continue
        hosts.add(host)
        out.append((str(meta["id"]), gzip.compress(page, mtime=0), expected,
                    _licence(setname, meta)))  # fmt: skip
        if len(out) == 12:
            break
    return out


def _git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(repo), *args], check=True,
                          capture_output=True).stdout  # fmt: skip


def _taken_digests() -> set[str]:
    digests: set[str] = set()
    roots = [p for p in (HERE / "data").glob("html_structure*") if p.is_dir() and p != OUT]
    roots.append(ROOT / "tests" / "data" / "markdown")
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                raw = path.read_bytes()
                if path.name.endswith(".gz"):
                    raw = gzip.decompress(raw)
                digests.add(hashlib.sha256(raw).hexdigest())
    return digests


def markdown_files() -> list[tuple[str, bytes, str]]:
    taken = _taken_digests()
    out: list[tuple[str, bytes, str]] = []
    for mirror in sorted(MIRRORS.iterdir()):
        repo = mirror / "repo"
        if not (repo / "HEAD").exists():
            continue
        commit = _git(repo, "rev-parse", "HEAD").decode().strip()
        names = _git(repo, "ls-tree", "-r", "--name-only", "HEAD").decode().splitlines()
        roots = [n for n in names if "/" not in n]
        licences = [n for n in roots if n.upper().startswith(("LICENSE", "COPYING"))]
        for name in sorted(names, key=x._sha):
            if not name.lower().endswith(".md"):
                continue
            dirs = name.split("/")[:-1]
            if any(LANG_DIR.match(d) or d in ("node_modules", "vendor") for d in dirs):
                continue
            data = _git(repo, "show", f"HEAD:{name}")
            if not 1500 <= len(data) <= 30000 or data.count(b"](http") < 4:
                continue
            if len(HEADING.findall(data)) < 2 or hashlib.sha256(data).hexdigest() in taken:
                continue
            licence = ", ".join(licences) or "no licence file at the root"
            out.append((f"{mirror.name}--{name.replace('/', '--')}", data,
                        f"{mirror.name} at {commit[:12]}; see {licence}"))  # fmt: skip
            break
    return out


def main(argv: list[str]) -> int:
    notice = [
        "# Set Z: sources and licences",
        "",
        "Written by `benchmarks/build_structure_heldout_z.py` (selection rule there) on "
        "2026-12-04, before the sixteenth structure pass changed any code it measures.",
        "",
    ]
    (OUT / "md").mkdir(parents=True, exist_ok=True)
    (OUT / "html").mkdir(parents=True, exist_ok=True)
    for name, data, licence in markdown_files():
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
