"""The leaks left by kind (an author's bio, a "see also"/"more in this series"/related block, a
newsletter or subscribe box), counted on the development groups, and a rule for each kind read
from the page's own structure (forty-second pass, body32).

    python benchmarks/devhalves_editions.py EDITIONS.json GROUP    # every page's edition
    python benchmarks/box_kind_census.py EDITIONS.json [--lines] > RAW.txt

For every kept block of a page with a whole expected body, its **home element** in the page
(``furniture_screen.PageMarkup``) and the **box** it sits in: the nearest element (itself or an
ancestor, up to ``<body>``) whose ``class``/``id`` names one of three kinds (``BOX_NAMES``: the
publisher's own names for the box, read from its markup, not the line's words):

* ``bio``: author, bio, byline, contributor, writer, profile;
* ``related``: related, see-also, more-in/-from/-stories, recommended, read-next, series,
  popular, trending, most-read, also-read, outbrain, taboola;
* ``newsletter``: newsletter, subscribe, sign-up, opt-in, mailchimp, mc4wp, mailing.

**Census**: each leak (a kept line of 4+ words outside the page's expected body, as
``eval_realworld`` counts it) by the kind of its box (a small one, below), and by its own
words (``furniture_screen``'s ``KINDS``, for counting only) for the leaks in no named box.

**Rules** (each drops the blocks carrying it; the page is re-scored as ``eval_realworld`` scores
it; body facts lost and leaks cut per group): a block in a box of kind K, where the box is
**small** beside the article (its letters under ``SMALL`` of the edition's letters: a box, not a
wrapper of the whole article whose class happens to say "author" or "series"), and, in the
narrow form, **outside the article's container** as well (``container_screen``'s element holding
80 % of the edition's prose paragraphs neither is the box, nor holds it, nor sits inside it).
And a "see also" line by its structure in no named box (``labelled_link_line``): a short label
and then links to other pages of the page's own site, nothing after them.
A development tool: the dumped groups hold no held-out set (``devhalves_editions`` refuses them).
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devhalves_editions as dh
import eval_realworld as ev
from furniture_screen import PageMarkup, kind_of

BOX_NAMES: dict[str, re.Pattern[str]] = {
    "bio": re.compile(r"author|(?<![a-z])bio(?![a-z])|byline|contributor|writer|profile"),
    "related": re.compile(
        r"related|see-?also|more-?(?:in|from|stories|articles|news)|recommend|read-?next|"
        r"series|popular|trending|most-?read|also-?read|outbrain|taboola"
    ),
    "newsletter": re.compile(r"newsletter|subscri|sign-?up|opt-?in|mailchimp|mc4wp|mailing"),
}
KINDS = tuple(BOX_NAMES)
SMALL = 0.25  # a box holds under a quarter of the edition's letters
THRESHOLD = 2.0  # the markup rule's threshold (locales/languages/common.toml, boilerplate.markup)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SPACE = re.compile(r"\s+")
_PROSE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")


def _names(el: Any) -> str:
    raw = f"{el.get('class') or ''} {el.get('id') or ''}"
    return _CAMEL.sub("-", raw).lower()


def box_of(el: Any) -> tuple[str, Any] | None:
    """The nearest element (``el`` or an ancestor below ``<body>``) whose class or id names a
    box kind, with the kind; none when no element up the chain does."""
    for a in [el, *el.iterancestors()]:
        if not isinstance(a.tag, str) or a.tag.lower() in ("body", "html"):
            break
        names = _names(a)
        for kind, pattern in BOX_NAMES.items():
            if pattern.search(names):
                return kind, a
    return None


def _letters(text: str) -> int:
    return len(_SPACE.sub("", text))


def container(markup: PageMarkup, blocks: list[tuple[str, str]]) -> Any | None:
    """The deepest element holding 80 % of the edition's prose paragraphs (15+ words ending as
    a sentence), as ``container_screen`` places it; none under two such paragraphs."""
    homes = [
        markup.home(t)
        for k, t in blocks
        if k == "paragraph" and len(t.split()) >= 15 and _PROSE_END.search(t.strip())
    ]
    homes = [h for h in homes if h is not None]
    if len(homes) < 2:
        return None
    need = 0.8 * len(homes)
    best = None
    for h in homes:
        for a in [h, *h.iterancestors()]:
            held = sum(1 for x in homes if x is a or a in x.iterancestors())
            if held >= need:
                if best is None or len(list(a.iterancestors())) > len(list(best.iterancestors())):
                    best = a
                break
    return best


def markup_score(el: Any) -> float:
    """The highest score the reader's markup rule (``html:markup``, the weights of
    ``locales/languages/common.toml``) gives an element from ``el`` up to ``<body>``: at its
    threshold or above, the rule names the line's box already, and something else kept it."""
    from translate.read import _element_tokens, _markup_data

    weights = _markup_data().get("weights", {})
    best = float("-inf")
    for a in [el, *el.iterancestors()]:
        if not isinstance(a.tag, str) or a.tag.lower() in ("body", "html"):
            break
        tokens = _element_tokens(a)
        if tokens:
            best = max(best, sum(float(weights.get(t, 0)) for t in tokens))
    return best


def box_signals(
    markup: PageMarkup, blocks: list[tuple[str, str]]
) -> list[tuple[str | None, bool, bool]]:
    """For each kept block: the kind of the box it sits in (none), whether that box is small
    beside the edition (under ``SMALL`` of its letters), and whether it is outside the article's
    container (neither the container, nor holding it, nor inside it; no container found: a box
    is outside)."""
    homes = [markup.home(t) for _, t in blocks]
    total = sum(_letters(t) for _, t in blocks) or 1
    main_el = container(markup, blocks)
    out: list[tuple[str | None, bool, bool]] = []
    for h in homes:
        found = box_of(h) if h is not None else None
        if found is None:
            out.append((None, False, False))
            continue
        kind, box = found
        small = _letters(box.text_content()) < SMALL * total
        if main_el is None:
            out.append((kind, small, True))
            continue
        wraps = box is main_el or box in main_el.iterancestors()
        within = main_el in box.iterancestors()
        out.append((kind, small, not wraps and not within))
    return out


LABEL_MAX_WORDS = 4  # "See also:", "Related article", "À lire aussi", "Read more"
LABELLED_MAX_WORDS = 25


def labelled_link_line(markup: PageMarkup, text: str) -> str | None:
    """A "see also" line by its structure: the block's home element is a short label (1 to
    ``LABEL_MAX_WORDS`` words outside any link, all of them before the first link, in an
    element of its own or ended by a mark) and then links, every link to another page of the
    page's own site, the links holding half the letters or more; ``LABELLED_MAX_WORDS`` words
    at most. No words are read: a label in any language. A link-only line (no label) is not
    one: a teaser headline the article carries, measured by body29."""
    from urllib.parse import urljoin, urlparse

    from furniture_screen import _site

    el = markup.home(text)
    if el is None or len(text.split()) > LABELLED_MAX_WORDS:
        return None
    anchors = el.xpath("descendant-or-self::a[@href]")
    if not anchors:
        return None
    own = _site(markup.url)
    page_path = urlparse(markup.url).path.rstrip("/")
    for a in anchors:
        target = urljoin(markup.url, a.get("href") or "")
        if not own or _site(target) != own or urlparse(target).path.rstrip("/") == page_path:
            return None
    linked = sum(_letters(a.text_content()) for a in anchors)
    letters = _letters(el.text_content())
    if not letters or linked * 2 < letters:
        return None
    label, rest, seen_link, own_text = "", "", False, False
    for piece, in_link, depth in _pieces(el, False, 0):
        if in_link and piece.strip():
            seen_link = True
        elif not in_link:
            if seen_link:
                rest += piece
            else:
                label += piece
                own_text = own_text or (depth == 0 and bool(piece.strip()))
    label = label.strip()
    # the label stands apart: in an element of its own (<strong>Related</strong>) or ended by
    # a mark (":", "|", "»", a dash), not the first words of a sentence that runs into a link
    apart = not own_text or (label[-1:] and not label[-1].isalnum() and label[-1] not in "\"'")
    if not apart or not 1 <= len(label.split()) <= LABEL_MAX_WORDS or _letters(rest) > 2:
        return None
    return label


def _pieces(node: Any, in_link: bool, depth: int) -> list[tuple[str, bool, int]]:
    """The text of ``node`` in document order, each piece marked inside a link or not, and
    its depth below the block's home element (0: the home's own text)."""
    if not isinstance(node.tag, str):
        return []
    here = in_link or (node.tag.lower() == "a" and bool(node.get("href")))
    out = [(node.text or "", here, depth)]
    for child in node:
        out += _pieces(child, here, depth + 1)
        out.append((child.tail or "", here, depth))
    return out


def _score(page: ev.Page, blocks: list[tuple[str, str]]) -> tuple[int, int]:
    run = ev.PageRun(page, ev.Extraction(None, blocks), ev.Extraction(None, []))
    ev.score_extraction(run.ours, page, "ours", run)
    return run.counts["ours_tp"], run.counts["ours_fp"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("editions", type=Path, help="devhalves_editions.py's dump")
    parser.add_argument("--lines", action="store_true", help="list every leak and dropped block")
    args = parser.parse_args(argv)
    dump = json.loads(args.editions.read_text(encoding="utf-8"))
    stamp = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    print(f"# box_kind_census  {stamp}  python {platform.python_version()}")
    print(f"# editions {args.editions.name}")
    for half, data in dump.items():
        pages: dict[str, ev.Page] = {}
        for name in dh.HALVES[half]:
            for page in ev.development_pages(name, parser):
                pages.setdefault(page.id, page)
        c: Counter[str] = Counter()
        census: Counter[str] = Counter()
        lines_out: list[str] = []
        cpu = 0.0
        whole = 0
        for pid, ed in data["pages"].items():
            page = pages[pid]
            blocks = [(k, t) for k, t in ed["blocks"]]
            t0 = time.process_time()
            markup = PageMarkup(page.html(), page.url)
            signals = box_signals(markup, blocks)
            boxes = [kind for kind, _, _ in signals]
            small = [s for _, s, _ in signals]
            outside = [o for _, _, o in signals]
            labelled = [labelled_link_line(markup, t) for _, t in blocks]
            cpu += time.process_time() - t0
            tp0, fp0 = _score(page, blocks)
            c["tp"] += tp0
            c["fp"] += fp0
            expected = page.expected_text()
            exp_key = ev.key(expected or "")
            if expected:
                whole += 1
                for (_, t), b, s in zip(blocks, boxes, small, strict=True):
                    if len(t.split()) >= 4 and ev.key(t) not in exp_key:
                        kind = b if b and s else "no box: " + kind_of(t, set())
                        if b and s:
                            home = markup.home(t)
                            named = home is not None and markup_score(home) >= THRESHOLD
                            kind += " (markup rule names it)" if named else " (under its threshold)"
                        census[kind] += 1
                        if args.lines:
                            lines_out.append(f"  LEAK {pid} [{kind}] {t[:110]!r}")
            masks: dict[str, list[bool]] = {}
            for kind in KINDS:
                masks[f"in a {kind}, small box"] = [
                    b == kind and s for b, s in zip(boxes, small, strict=True)
                ]
                masks[f"in a {kind}, small box, outside"] = [
                    b == kind and s and o for b, s, o in zip(boxes, small, outside, strict=True)
                ]
            masks["a labelled link line (see also)"] = [x is not None for x in labelled]
            masks["the same, its label no number ('2.', '23.')"] = [
                x is not None and not any(ch.isdigit() for ch in x) for x in labelled
            ]
            for rule, drop in masks.items():
                kept = [blk for blk, d in zip(blocks, drop, strict=True) if not d]
                tp, fp = _score(page, kept)
                c[f"{rule}: facts lost"] += tp0 - tp
                c[f"{rule}: leaks cut"] += fp0 - fp
                c[f"{rule}: blocks dropped"] += len(blocks) - len(kept)
                if args.lines:
                    for blk, d in zip(blocks, drop, strict=True):
                        if not d:
                            continue
                        t = blk[1]
                        mark = (
                            "BODY" if expected and ev.key(t) in exp_key
                            else "LEAK" if len(t.split()) >= 4 else "short"
                        )  # fmt: skip
                        lines_out.append(f"  DROP[{rule}] {mark} {pid}: {t[:100]!r}")
        print(
            f"\n== {half}: {len(data['pages'])} pages ({whole} with a whole expected body),"
            f" body facts found {c['tp']}, leaks {c['fp']}"
        )
        print("  leaks (4+ words, whole-body pages) by the box they sit in, else by their words:")
        for kind, n in census.most_common():
            print(f"    {kind:32} {n:4}")
        print("  rules (drop a kept block): leaks cut, body facts lost, blocks dropped")
        rules = [f"in a {k}, {f}" for k in KINDS for f in ("small box", "small box, outside")]
        labelled_rules = (
            "a labelled link line (see also)",
            "the same, its label no number ('2.', '23.')",
        )
        for rule in (*rules, *labelled_rules):
            print(
                f"    {rule:36} {c[rule + ': leaks cut']:4} {c[rule + ': facts lost']:4}"
                f" {c[rule + ': blocks dropped']:5}"
            )
        n = max(1, len(data["pages"]))
        print(f"  CPU a page (markup, boxes, container) {1000 * cpu / n:.1f} ms")
        for line in lines_out:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
