"""Build the HELD-OUT set of titles of works and brand names (issue 15, untranslatables).

    python benchmarks/build_titles_heldout.py --repo DIR   # DIR: a checkout (or bare mirror)
        of https://github.com/postlight/parser at COMMIT

Source: the real pages that Postlight Parser's test suite keeps under ``fixtures/`` (MIT, see
``tests/data/realworld/LICENSES``), a source used by no other set of this project. Written on
2026-12-03 BEFORE any rule for titles or brands existed; the first evaluation is kept as
``benchmarks/results/eval_titles_before.txt``. Do not tune on it: once that happens, say so
and write a new one.

Candidates are chosen by typography alone, by this rule, never by looking at a translation:

* ``em``: an ``<i>``, ``<em>`` or ``<cite>`` inside a paragraph (``<p>``) of the page, of 1 to 8
  words, starting with a capital letter or a digit, not the whole paragraph;
* ``quoted``: a span between double quotes (straight or curly) of 1 to 8 words whose first word
  and every word of 4+ letters start with a capital, with no sentence punctuation inside;
* ``mark``: a word followed by ™ or ®.

English paragraphs of 8+ words only (``langdetect``); at most 4 candidates a page, in page order;
pages in sorted file order. Each paragraph is written as Markdown (``*em*``, ``**strong**``,
``[link](href)``), every ``<p>`` of 8+ words of the page in page order, so that an evaluation
has the article around each candidate.

The labels (``label``) were added by hand from the source sentence alone, before any run:
``work`` (a title of a book, film, show, song, article, newspaper or magazine), ``brand`` (a
brand, product or organisation name), ``other`` (emphasis, a foreign word, a quotation, a
term). ``data/titles_heldout_labels.json`` holds them, by candidate id.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "data" / "titles_heldout.jsonl"
LABELS = HERE / "data" / "titles_heldout_labels.json"
COMMIT = "e8ba7ece291efa4d915d50dd4deeec17d54359f2"  # postlight/parser
# set b, written after set a had been used once (and so become a development set), before the
# do-no-harm guard it measures: the real pages of goose3's test suite (Apache-2.0, on PyPI)
SOURCES = {
    "a": (COMMIT, "fixtures", OUT, LABELS, "postlight/parser fixtures",
          "MIT (test suite); pages: their publishers"),
    "b": ("c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7", "tests/data",
          HERE / "data" / "titles_heldout_b.jsonl", HERE / "data" / "titles_heldout_b_labels.json",
          "goose3/goose3 tests/data", "Apache-2.0 (test suite); pages: their publishers"),
}
PER_PAGE = 4
_QUOTED = re.compile(r"[\"“]([^\"“”]{2,80})[\"”]")
_MARK = re.compile(r"([A-Z][\w.-]*)\s?[™®]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _git(repo: Path, *args: str) -> bytes:
    gitdir = repo / ".git" if (repo / ".git").exists() else repo
    return subprocess.run(
        ["git", f"--git-dir={gitdir}", *args], check=True, capture_output=True
    ).stdout


def _md(el: Any) -> str:
    """One paragraph element as inline Markdown."""
    inner = (el.text or "") + "".join(_md_node(c) + (c.tail or "") for c in el)
    return " ".join(inner.split())


def _md_node(node: Any) -> str:
    tag = node.tag.lower() if isinstance(node.tag, str) else ""
    if tag in ("script", "style", "noscript"):
        return ""
    inner = (node.text or "") + "".join(_md_node(c) + (c.tail or "") for c in node)
    text = " ".join(inner.split())
    if not text:
        return " " if tag == "br" else inner
    # whitespace at the edges of an element stays outside its markers
    lead = " " if inner[:1].isspace() else ""
    trail = " " if inner[-1:].isspace() else ""
    if tag in ("i", "em", "cite"):
        return f"{lead}*{text}*{trail}"
    if tag in ("b", "strong"):
        return f"{lead}**{text}**{trail}"
    if tag == "a" and (node.get("href") or "").startswith("http"):
        return f"{lead}[{text}]({node.get('href')}){trail}"
    return inner


def _title_like(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 8 or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    if re.search(r"[.!?]\s", text) or text.rstrip()[-1:] in "!?":
        return False
    return all(w[:1].isupper() or w[:1].isdigit() for w in _WORD.findall(text) if len(w) >= 4)


def candidates(p: Any, plain: str) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for el in p.iter("i", "em", "cite"):
        text = " ".join(el.text_content().split())
        words = text.split()
        if not words or len(words) > 8 or text == plain:
            continue
        if words[0][:1].isupper() or words[0][:1].isdigit():
            out.append({"span": text, "kind": "em"})
    for m in _QUOTED.finditer(plain):
        text = m.group(1).strip(" ,")
        if _title_like(text):
            out.append({"span": text, "kind": "quoted"})
    for m in _MARK.finditer(plain):
        out.append({"span": m.group(1), "kind": "mark"})
    return out


def build(repo: Path, which: str = "a") -> list[dict[str, Any]]:
    import lxml.html
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    commit, folder, _out, labels_path, _src, _lic = SOURCES[which]
    labels: dict[str, str] = json.loads(labels_path.read_text()) if labels_path.exists() else {}
    names = sorted(
        n for n in _git(repo, "ls-tree", "-r", "--name-only", commit, folder).decode().split()
        if n.endswith(".html")
    )
    records = []
    for name in names:
        html = _git(repo, "show", f"{commit}:{name}").decode("utf-8", "replace")
        try:
            doc = lxml.html.fromstring(html)
        except Exception:
            continue
        paragraphs: list[str] = []
        items: list[dict[str, Any]] = []
        for p in doc.iter("p"):
            plain = " ".join(p.text_content().split())
            if len(plain.split()) < 8:
                continue
            try:
                if detect(plain) != "en":
                    continue
            except Exception:
                continue
            md = _md(p)
            if not md:
                continue
            paragraphs.append(md)
            for cand in candidates(p, plain):
                if len(items) >= PER_PAGE:
                    break
                cid = f"{Path(name).stem}#{len(items) + 1}"
                items.append(
                    {"id": cid, "paragraph": len(paragraphs) - 1, **cand,
                     "label": labels.get(cid, "")}
                )  # fmt: skip
        if items:
            records.append({"page": Path(name).stem, "paragraphs": paragraphs, "items": items})
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", type=Path, required=True)
    parser.add_argument("--set", choices=sorted(SOURCES), default="a",
                        help="a: Postlight Parser's fixtures; b: goose3's test pages")
    args = parser.parse_args()
    records = build(args.repo, args.set)
    commit, _folder, out, _labels, source, licence = SOURCES[args.set]
    with out.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"source": source, "commit": commit, "licence": licence}) + "\n")
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = sum(len(r["items"]) for r in records)
    print(f"{len(records)} pages, {n} candidates -> {out}")


if __name__ == "__main__":
    main()
