"""The reader's own link losses on development structure sets: links of a source's article
(``eval_structure_v``'s facts, counted as it counts them) that no block carries after reading,
so that the engine never sees them, each with its cause (struct36).

    python benchmarks/dev_reader_links.py benchmarks/data/html_structure_ah [...]

Causes, in this order (the first that holds):

* ``stage``: the reader's blocks carry the link and the blocks ``prepare`` keeps do not (a
  stage after reading, the boilerplate stage mostly, dropped its block);
* ``text lost``: the reader's text does not hold the link's words (the extraction left out the
  passage, or the words were read apart); for an HTML page also whether trafilatura's own
  extraction holds them (``not in trafilatura``) or not;
* ``words kept, link lost``: the reader's text holds the link's words and no block carries the
  address (the reader read the words without their link);
* ``address kept elsewhere``: the address is carried, fewer times than the source has it.

A development tool: it refuses the held-out sets (AI, AK, AL, AM, AN, AO, AP). Only totals are
printed with ``--totals``. No engine runs (reading and ``prepare`` only).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
import eval_structure_u as u  # noqa: E402
import eval_structure_v as v  # noqa: E402

from translate.options import RunOptions  # noqa: E402
from translate.pipeline import prepare  # noqa: E402
from translate.read import parse_article  # noqa: E402

HELD_OUT = (
    "html_structure_ai", "html_structure_ak", "html_structure_al", "html_structure_am",
    "html_structure_an", "html_structure_ao", "html_structure_ap", "html_structure_aq",
    "html_structure_ar", "html_structure_as", "html_structure_at", "html_structure_au",
    "html_structure_av", "html_structure_aw", "html_structure_ax",
)  # fmt: skip


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def html_links(text: str, expected: str) -> list[tuple[str, str, str]]:
    """(address, link words, block words) of each link ``article_facts`` counts, in order."""
    import lxml.html

    wanted = _squash(expected)
    out = []
    for el in lxml.html.document_fromstring(text).iter("a"):
        href = el.get("href") or ""
        words = " ".join(el.text_content().split())
        if not href.startswith(("http://", "https://")) or not words:
            continue
        block = next((b for b in el.iterancestors() if b.tag in v._BLOCKS), None)
        said = " ".join(block.text_content().split()) if block is not None else ""
        if len(_squash(said)) >= 20 and _squash(said) in wanted:
            out.append((href, words, said))
    return out


def md_links(text: str) -> list[tuple[str, str, str]]:
    from markdown_it import MarkdownIt

    out = []
    for tok in MarkdownIt("commonmark").enable("table").parse(text):
        children = tok.children or []
        for i, c in enumerate(children):
            if c.type == "link_open" and str(c.attrs.get("href", "")).startswith("http"):
                words = []
                for d in children[i + 1 :]:
                    if d.type == "link_close":
                        break
                    words.append(d.content)
                out.append((str(c.attrs["href"]), "".join(words), tok.content))
    return out


def carried(blocks: list[Any]) -> Counter[str]:
    return Counter(
        u.url_key(s.attrs.get("href", "")) for b in blocks for s in b.inline if s.kind == "link"
    )


def causes(path: Path, sub: str) -> tuple[int, list[tuple[str, str, str, str]]]:
    text = v._read(path)
    if v._expected(path).exists():
        expected = v._expected(path).read_text(encoding="utf-8")
        facts = v.article_facts(text, expected)["link"]
        mine = html_links(text, expected)
    else:
        facts = u.md_facts(text)["link"] if sub == "md" else u.html_facts(text)["link"]
        mine = md_links(text) if sub == "md" else []
    words = {}
    for href, w, said in mine:
        words.setdefault(u.url_key(href), (w, said))
    article = parse_article(text, fmt=sub, source=path.name, article_id="v")
    read = carried(article.blocks)
    read_all = Counter(read)
    reader_text = _squash(" ".join(b.text for b in article.blocks))
    kept = carried(prepare(article, RunOptions(source_lang="en")).article.blocks)
    traf = None
    lost = []
    for href in facts:
        key = u.url_key(href)
        if kept[key] > 0:
            kept[key] -= 1
            read[key] -= 1
            continue
        w, said = words.get(key, ("", ""))
        if read[key] > 0:
            read[key] -= 1
            cause = "stage"
        elif read_all[key] > 0:
            cause = "address kept elsewhere"
        elif w and _squash(w) and _squash(w) in reader_text:
            cause = "words kept, link lost"
        else:
            cause = "text lost"
            if sub == "html" and said:
                if traf is None:
                    import trafilatura

                    traf = _squash(trafilatura.extract(text, favor_recall=True) or "")
                cause += "" if _squash(said)[:40] in traf else " (not in trafilatura)"
        lost.append((cause, href, w, said))
    return len(facts), lost


def main(argv: list[str]) -> int:
    totals_only = "--totals" in argv
    total: Counter[str] = Counter()
    for name in (a for a in argv if not a.startswith("--")):
        data = Path(name)
        if data.name in HELD_OUT:
            raise SystemExit(f"{data.name}: a held-out set, not read file by file")
        for sub in ("md", "html"):
            if not (data / sub).exists():
                continue
            for path in sorted((data / sub).iterdir()):
                if path.name.endswith(".expected.txt"):
                    continue
                n, lost = causes(path, sub)
                total["links"] += n
                total.update(c for c, *_ in lost)
                if lost and not totals_only:
                    print(f"== {data.name}/{sub}/{path.name}  links {n}  lost {len(lost)}")
                    for cause, href, w, said in lost:
                        print(f"  {cause:24} {href[:90]}  [{w[:40]}]  <{said[:100]}>")
                sys.stdout.flush()
    print("TOTAL", dict(total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
