"""What the held-out set builders (``build_heldout_c.py`` .. ``build_heldout_h.py``) share: the
site of a URL, the sites every earlier set holds, page decoding and language, the ``<title>``
furniture, and the writing of one page (``<id>.html.gz``, ``<id>.expected.txt``, ``<id>.json``).

Each builder keeps only its source and its selection rule; the files it writes are the same,
byte for byte, as before this module existed (checked by rebuilding every set from its source).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "ne", "or"}


def site(url: str) -> str:
    """The registered domain of ``url`` (``bbc.co.uk``, ``folha.com.br``, ``nytimes.com``)."""
    labels = (urlparse(url).hostname or "").lower().split(".")
    n = 3 if len(labels) >= 3 and labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-n:])


def norm(text: str) -> str:
    return " ".join(text.split())


def known_sites(folders: tuple[str, ...] = ("", "heldout")) -> set[str]:
    """The sites of every page in the corpus folders ``folders`` (relative to this one): a new
    held-out set takes no page of a site that a set written before it already holds. Each set's
    script names the folders that existed when it was written, so its selection stays as run."""
    seen = set()
    for sub in folders:
        for facts in (HERE / sub / "pages").glob("*.json"):
            url = json.loads(facts.read_text(encoding="utf-8")).get("url")
            if url:
                seen.add(site(url))
    return seen


def git(repo: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=True).stdout


def decode(data: bytes) -> str:
    m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", data[:4000])
    enc = m.group(1).decode("ascii") if m else "utf-8"
    try:
        return data.decode(enc)
    except (LookupError, UnicodeDecodeError):
        return data.decode("utf-8", "replace")


def language(html: str, text: str) -> str:
    m = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z]{2,3})", html[:5000], flags=re.I)
    if m:
        return m.group(1).lower()
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    return str(detect(text)).split("-")[0]


def title_furniture(head_title: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"\s+[|–—-]\s+", head_title) if p.strip()]
    if len(parts) < 2:
        return []
    headline = max(parts, key=len)
    return [p for p in parts if p is not headline and len(p.split()) <= 4]


def gzip_bytes(data: bytes) -> bytes:
    """``data`` gzip-compressed reproducibly (no name, mtime 0, level 9)."""
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(data)
    return buf.getvalue()


def write_page(
    pages_dir: Path,
    page_id: str,
    data: bytes,
    *,
    url: str,
    lines: list[str] | None,
    kind: str,
    title: str | None,
    title_source: str,
    source: dict[str, str],
    must_have: list[str] | None = None,
    must_not_have: list[str] | None = None,
    language_text: str | None = None,
) -> None:
    """Write one page: the bytes gzip-compressed, its expected body ``lines`` (one a line; none
    for a page whose facts are snippets only) and its facts. ``title_must_not_have`` is the
    ``<title>`` furniture that the expected ``title`` does not contain; ``body_start`` and
    ``body_end`` the first 80 and last 80 characters of the first and last expected line of 40+
    characters."""
    from lxml import html as lxml_html

    html = decode(data)
    doc = lxml_html.document_fromstring(html)
    head_title = norm(doc.xpath("string(//title)"))
    (pages_dir / f"{page_id}.html.gz").write_bytes(gzip_bytes(data))
    if lines is not None:
        text = "\n".join(lines) + "\n"
        (pages_dir / f"{page_id}.expected.txt").write_text(text, "utf-8")
    paragraphs = [x for x in lines or [] if len(x) >= 40]
    if language_text is None:
        language_text = "\n".join(lines or [])
    facts: dict[str, Any] = {
        "id": page_id,
        "file": f"pages/{page_id}.html.gz",
        "sha256": hashlib.sha256(data).hexdigest(),
        "url": url,
        "language": language(html, language_text),
        "kind": kind,
        "title": title,
        "title_source": title_source,
        "title_must_not_have": [
            f for f in title_furniture(head_title) if not title or f not in title
        ],
        "must_have": list(must_have or []),
        "must_not_have": list(must_not_have or []),
        "body_start": paragraphs[0][:80] if paragraphs else None,
        "body_end": paragraphs[-1][-80:] if paragraphs else None,
        "source": source,
    }
    if lines is not None:
        facts["expected_text"] = f"pages/{page_id}.expected.txt"
    text = json.dumps(facts, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    (pages_dir / f"{page_id}.json").write_text(text, encoding="utf-8")


def builder_main(
    doc: str | None, build: Callable[[Path, Path], None], out: Path, repo_help: str,
    argv: list[str] | None = None,
) -> int:
    """The command line every set builder shares: ``--repo`` (the source's checkout or mirror)
    and ``--out`` (default: the set's folder); ``build(repo, out)`` writes the pages."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--repo", type=Path, required=True, help=repo_help)
    parser.add_argument("--out", type=Path, default=out)
    args = parser.parse_args(argv)
    build(args.repo, args.out)
    return 0
