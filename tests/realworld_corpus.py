"""The real-world corpus under tests/data/realworld/: real news pages and feeds with their facts.

>>> pages = load_pages()
>>> len(pages) >= 40 and all(p.html() for p in pages[:2])
True
"""

from __future__ import annotations

import gzip
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent / "data" / "realworld"


@dataclass(frozen=True)
class Page:
    id: str
    path: Path
    url: str | None
    language: str
    kind: str
    title: str | None
    title_must_not_have: list[str]
    must_have: list[str]
    must_not_have: list[str]
    body_start: str | None
    body_end: str | None
    expected_text_path: Path | None
    sha256: str
    source: dict[str, str] = field(default_factory=dict)

    def html_bytes(self) -> bytes:
        return gzip.decompress(self.path.read_bytes())

    def html(self) -> str:
        """The page decoded as a browser would (declared charset, else UTF-8)."""
        import re

        data = self.html_bytes()
        m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", data[:4000])
        encoding = m.group(1).decode("ascii") if m else "utf-8"
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            return data.decode("utf-8", "replace")

    def expected_text(self) -> str | None:
        if self.expected_text_path is None:
            return None
        return self.expected_text_path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Feed:
    id: str
    path: Path
    format: str
    title: str | None
    items: int
    first_item_title: str | None
    links: int
    sha256: str
    facts: dict[str, Any]

    def data(self) -> bytes:
        return self.path.read_bytes()


def load_pages(root: Path = CORPUS) -> list[Page]:
    pages = []
    for facts_path in sorted((root / "pages").glob("*.json")):
        d = json.loads(facts_path.read_text(encoding="utf-8"))
        pages.append(
            Page(
                id=d["id"], path=root / d["file"], url=d.get("url"), language=d["language"],
                kind=d["kind"], title=d.get("title"),
                title_must_not_have=list(d.get("title_must_not_have") or []),
                must_have=list(d.get("must_have") or []),
                must_not_have=list(d.get("must_not_have") or []),
                body_start=d.get("body_start"), body_end=d.get("body_end"),
                expected_text_path=root / d["expected_text"] if d.get("expected_text") else None,
                sha256=d["sha256"], source=dict(d.get("source") or {}),
            )
        )  # fmt: skip
    return pages


def load_feeds(root: Path = CORPUS) -> list[Feed]:
    feeds = []
    for facts_path in sorted((root / "feeds").glob("*.facts.json")):
        d = json.loads(facts_path.read_text(encoding="utf-8"))
        feeds.append(
            Feed(
                id=d["id"], path=root / d["file"], format=d["format"], title=d.get("title"),
                items=int(d["items"]), first_item_title=d.get("first_item_title"),
                links=int(d.get("links") or 0), sha256=d["sha256"], facts=d,
            )
        )  # fmt: skip
    return feeds


def verify(page: Page) -> bool:
    """The page's bytes are the ones its facts were written for."""
    return hashlib.sha256(page.html_bytes()).hexdigest() == page.sha256
