"""Kept blocks outside the element that holds the article's prose, and repeated kept blocks,
screened on the development groups (thirty-seventh pass, body31).

    python benchmarks/devhalves_editions.py EDITIONS.json        # every page's edition, dumped
    python benchmarks/container_screen.py EDITIONS.json [--lines] > RAW.txt

body28 read the "other" leaks by kind: the site's own promotion and links to its other articles,
most of it after the article, in a page's recirculation and promotion boxes. body26 measured the
leaks' place in the *edition's order* (after the last prose paragraph) and lost as much article
text as it cut; body28 measured landmarks (``<aside>``, ``<footer>``...), which most pages do not
use. This tool reads the place in the *page's tree*: the **article's container**, the element
that holds the edition's prose paragraphs (a paragraph of 15+ words ending like a sentence, found
in the page by ``furniture_screen.PageMarkup.home``), and drops, as rules:

* ``after container (all prose)``: a kept block whose home element comes after the lowest common
  ancestor of every prose paragraph's home, in document order, outside it, its text nowhere in it;
* ``after container (80% prose)``: the same with the deepest element holding 80 % or more of the
  prose paragraphs (one prose paragraph in a box elsewhere does not widen it to the page);
* ``before container (all prose)`` / ``(80% prose)``: the same before it (a headline, a
  standfirst, a byline sit there: measured to be seen, not meant to be adopted);
* ``after container, short``: after it (all prose), and under 15 words or not ending like a
  sentence; ``after container (80% prose), short``: the same after the 80 % container (a
  promotion's slogan or call to action, not the paragraphs of a listicle's later items);
  ``after container (80% prose), no twin``: after the 80 % container and in no element of its
  own kind (``twin``: the same tag and class, or the same tag under the same parent);
* ``repeated``: a kept block of 4+ words whose text (spaces aside, case folded) an earlier kept
  block of the same edition has exactly (a promotion or a call to action printed twice, a pull
  quote): the first copy stays, so by the scorer's terms a body fact is lost only where its text
  runs across the dropped copy and the block beside it (a heading joined to its paragraph in an
  expected line), and a later copy that is article text (in the page's expected body) is
  listed; ``repeated, 8+ words`` (and ``..., a sentence``: ending like one) leave a table's or a
  review's repeated labels ("Why We Picked It") alone.

Each rule drops the blocks carrying it and the page is re-scored exactly as ``eval_realworld``
scores it (``furniture_screen._score``): leaks cut and body facts lost per group; ``--lines``
lists every dropped block as LEAK (a kept line of 4+ words outside the expected body), BODY (in
it) or short. Pages without a prose paragraph found in the page have no container (no rule but
``repeated`` fires there). A development tool: the dumped groups hold no held-out set.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devhalves_editions as dh
import eval_realworld as ev
from furniture_screen import PageMarkup, _score, _squash

_SENTENCE_END = re.compile(r"[.!?…。！？؟][\"'”’»)\]]*$")
PROSE_WORDS = 15
REPEAT_WORDS = 8


def is_prose(kind: str, text: str) -> bool:
    return (
        kind == "paragraph"
        and len(text.split()) >= PROSE_WORDS
        and bool(_SENTENCE_END.search(text.strip()))
    )


def _chain(el: Any) -> list[Any]:
    return [el, *el.iterancestors()]


def container(homes: list[Any], share: float) -> Any | None:
    """The deepest element holding ``share`` or more of ``homes`` (1.0: their common ancestor)."""
    if not homes:
        return None
    need = share * len(homes)
    counts: Counter[Any] = Counter()
    depth: dict[Any, int] = {}
    for h in homes:
        chain = _chain(h)
        for i, a in enumerate(chain):
            counts[a] += 1
            depth[a] = len(chain) - i
    best = [a for a, n in counts.items() if n >= need - 1e-9]
    return max(best, key=lambda a: depth[a]) if best else None


class PageTree:
    """A page's elements in document order, to place a block before, inside or after an element."""

    def __init__(self, markup: PageMarkup) -> None:
        self.markup = markup
        self.order: dict[Any, int] = {}
        for i, (el, _) in enumerate(markup.elements):
            self.order[el] = i
        self.text = {el: t for el, t in markup.elements}

    def span(self, el: Any) -> tuple[int, int]:
        start = self.order.get(el, -1)
        end = start
        for d in el.iterdescendants():
            end = max(end, self.order.get(d, end))
        return start, end

    def place(self, home: Any | None, block: str, box: Any | None) -> str:
        if home is None or box is None:
            return ""
        if _squash(block) in self.text.get(box, ""):
            return "inside"
        start, end = self.span(box)
        i = self.order.get(home, -1)
        if i < 0 or start < 0:
            return ""
        return "before" if i < start else "after" if i > end else "inside"


def twin(home: Any | None, box: Any | None) -> bool:
    """``home`` lies in an element of the container's own kind: the same tag and class (a
    second container of the same article: a listicle's later items, the article continued
    below an inline box), or, for a container without a class, the same tag under the same
    parent."""
    if home is None or box is None:
        return False
    cls = (box.get("class") or "").split()
    for a in _chain(home):
        if not isinstance(a.tag, str) or a is box or a.tag != box.tag:
            continue
        if cls and (a.get("class") or "").split() == cls:
            return True
        if not cls and a.getparent() is box.getparent():
            return True
    return False


def signals(page: ev.Page, blocks: list[tuple[str, str]]) -> list[set[str]]:
    markup = PageMarkup(page.html(), page.url)
    tree = PageTree(markup)
    homes = [markup.home(t) for _, t in blocks]
    prose = [h for (k, t), h in zip(blocks, homes, strict=True) if h is not None and is_prose(k, t)]
    boxes = {"all prose": container(prose, 1.0), "80% prose": container(prose, 0.8)}
    out: list[set[str]] = []
    seen: set[str] = set()
    for (kind, text), home in zip(blocks, homes, strict=True):
        s: set[str] = set()
        for name, box in boxes.items():
            where = tree.place(home, text, box)
            if where in ("before", "after"):
                s.add(f"{where} container ({name})")
        if "after container (all prose)" in s and not is_prose(kind, text):
            s.add("after container, short")
        if "after container (80% prose)" in s and not is_prose(kind, text):
            s.add("after container (80% prose), short")
        if "after container (80% prose)" in s and not twin(home, boxes["80% prose"]):
            s.add("after container (80% prose), no twin")
        k = _squash(text).casefold()
        if len(text.split()) >= 4 and k in seen:
            s.add("repeated")
            if len(text.split()) >= REPEAT_WORDS:
                s.add(f"repeated, {REPEAT_WORDS}+ words")
                if _SENTENCE_END.search(text.strip()):
                    s.add(f"repeated, {REPEAT_WORDS}+ words, a sentence")
        seen.add(k)
        out.append(s)
    return out


RULES: dict[str, Callable[[set[str]], bool]] = {
    name: (lambda s, name=name: name in s)  # type: ignore[misc]
    for name in (
        "after container (all prose)",
        "after container (80% prose)",
        "before container (all prose)",
        "before container (80% prose)",
        "after container, short",
        "after container (80% prose), short",
        "after container (80% prose), no twin",
        "repeated",
        f"repeated, {REPEAT_WORDS}+ words",
        f"repeated, {REPEAT_WORDS}+ words, a sentence",
    )
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("editions", type=Path, help="devhalves_editions.py's dump")
    parser.add_argument("--lines", action="store_true", help="list every block a rule drops")
    args = parser.parse_args(argv)
    dump = json.loads(args.editions.read_text(encoding="utf-8"))
    stamp = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    print(f"# container_screen  {stamp}  python {platform.python_version()}")
    print(f"# editions {args.editions.name}")
    for half, data in dump.items():
        pages: dict[str, ev.Page] = {}
        for name in dh.HALVES[half]:
            for page in ev.development_pages(name, parser):
                pages.setdefault(page.id, page)
        c: Counter[str] = Counter()
        lines_out: list[str] = []
        cpu = 0.0
        for pid, ed in data["pages"].items():
            page = pages[pid]
            blocks = [(k, t) for k, t in ed["blocks"]]
            t0 = time.process_time()
            sigs = signals(page, blocks)
            cpu += time.process_time() - t0
            tp0, fp0 = _score(page, blocks)
            c["tp"] += tp0
            c["fp"] += fp0
            exp_key = ev.key(page.expected_text() or "")
            for rule, drop in RULES.items():
                kept = [b for b, s in zip(blocks, sigs, strict=True) if not drop(s)]
                tp, fp = _score(page, kept)
                c[f"{rule}\x00lost"] += tp0 - tp
                c[f"{rule}\x00cut"] += fp0 - fp
                c[f"{rule}\x00blocks"] += len(blocks) - len(kept)
                c[f"{rule}\x00pages"] += int(len(kept) < len(blocks))
                if args.lines:
                    for (_, t), s in zip(blocks, sigs, strict=True):
                        if not drop(s):
                            continue
                        mark = (
                            "short" if len(t.split()) < 4
                            else "BODY" if exp_key and ev.key(t) in exp_key
                            else "LEAK" if exp_key else "?"
                        )  # fmt: skip
                        lines_out.append(f"  {rule} | {mark} | {pid}: {t[:110]!r}")
        n = max(1, len(data["pages"]))
        print(
            f"\n== {half}: {len(data['pages'])} pages, body facts found {c['tp']}, leaks {c['fp']}"
        )
        for rule in RULES:
            print(
                f"  rule {rule:32} leaks cut {c[rule + chr(0) + 'cut']:4}"
                f"  body facts lost {c[rule + chr(0) + 'lost']:4}"
                f"  blocks {c[rule + chr(0) + 'blocks']:5}  pages {c[rule + chr(0) + 'pages']:4}"
            )
        print(f"  CPU a page (markup and tree): {1000 * cpu / n:.1f} ms")
        for line in lines_out:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
