"""A second opinion on the kept lines: jusText's paragraph classes and trafilatura's precision
pass, screened on the development groups (thirty-first pass, body27).

    python benchmarks/devhalves_editions.py EDITIONS.json        # every page's edition, dumped
    python benchmarks/second_opinion_screen.py EDITIONS.json [--lines] > RAW.txt

The reader keeps what trafilatura's recall-favouring extraction finds and vouches for it with
trafilatura's balanced extraction (``read._mark_recall_only``). This tool asks two judges the
pipeline does not ask about every line the edition keeps:

* **jusText** (a dependency for its stop lists; its classifier unused): ``justext.justext`` over
  the page with the stop list of the page's language (``locales/languages/frequent-words.toml``;
  a language with none is classified without stop words, jusText's language-independent mode);
  a kept block is "bad" when its letters are inside a paragraph jusText calls boilerplate and
  in no paragraph it calls good;
* **trafilatura's precision pass**: the reader's balanced extraction with ``favor_precision``
  (``read._balanced_extract``'s options otherwise); a block is "out" when its letters are not in
  that text. When the precision text holds less than half of the edition's words, it has
  missed the article, and it gives no opinion on that page (the reader's own guard).

Each rule drops the blocks its judge(s) reject; the page is re-scored exactly as
``eval_realworld`` scores it (``score_extraction``), and the body facts lost and leaks cut are
counted per group. The leaked lines (kept lines of 4+ words outside a whole expected body) are
also sorted by what a reader keeps in an article (a byline, a date line, a caption or credit)
and by the judges' verdicts. CPU per page (``time.process_time``) of each judge is printed.
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

_SPACE = re.compile(r"\s+")

# what any reader keeps in an article, by the line's own words (the leaks' classes)
_BYLINE = re.compile(
    r"^(?:by|written by|posted by|words by|story by|reporting by|von|por|par)\s+\S"
    r"|^(?:author|autor|editor)s?\b|\|\s*by\s",
    re.I,
)
_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)"
)
_DATE = re.compile(
    rf"\b(?:{_MONTH})\s+\d{{1,2}}\b|\b\d{{1,2}}\.?\s+(?:{_MONTH})\b|\b\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b|\b(?:updated|published|posted|last modified)\b"
    r"|\b\d+\s+(?:minutes?|hours?|days?)\s+ago\b|\b(?:min(?:ute)?s?)\s+read\b",
    re.I,
)
_CAPTION = re.compile(
    r"\b(?:photo|photograph|image|picture|illustration|credit|courtesy|getty|shutterstock|"
    r"istock|alamy|reuters|afp|ap photo|file photo|pictured|foto|bild|via)\b|\(photo|\bcaption\b",
    re.I,
)


def leak_class(text: str) -> str:
    """The class of a kept line outside the expected body, by its own words: ``byline``, ``date``
    (a date line: a date or time, "Updated", "5 min read"), ``caption`` (a picture's caption or
    credit), ``prose`` (a sentence of 15+ words ending in its punctuation: article text by its
    shape), or ``other``; a line of 12 words or fewer is judged by its words, a longer one only
    as a caption (a caption is often a sentence)."""
    words = len(text.split())
    if words <= 12 and _BYLINE.search(text):
        return "byline"
    if words <= 12 and _DATE.search(text):
        return "date"
    if words <= 40 and _CAPTION.search(text):
        return "caption"
    if words >= 15 and re.search(r"[.!?][\"'\u201d\u2019)]*$", text.strip()):
        return "prose"
    return "other"


def _squash(text: str) -> str:
    return _SPACE.sub("", text)


def justext_verdicts(page: ev.Page, blocks: list[str]) -> list[str]:
    """jusText's verdict on each block: "good", "bad" or "none" (not in any paragraph)."""
    import justext

    from translate.glossary.words import frequent_words

    stop = frequent_words(page.language)
    kwargs: dict[str, Any] = {}
    if not stop:  # jusText's language-independent mode
        kwargs = {"stopwords_low": 0, "stopwords_high": 0}
    try:
        paragraphs = justext.justext(page.html(), frozenset(stop), **kwargs)
    except Exception:  # jusText gives up on some markup: no opinion
        return ["none"] * len(blocks)
    good = "\x00".join(_squash(p.text) for p in paragraphs if not p.is_boilerplate)
    bad = "\x00".join(_squash(p.text) for p in paragraphs if p.is_boilerplate)
    out = []
    for text in blocks:
        k = _squash(text)
        if k and k in good:
            out.append("good")
        elif k and k in bad:
            out.append("bad")
        else:
            out.append("none")
    return out


def precision_verdicts(page: ev.Page, blocks: list[str]) -> list[str]:
    """trafilatura's precision pass on each block: "in", "out", or "none" (no opinion)."""
    import trafilatura

    from translate import read

    try:
        text = trafilatura.extract(
            page.html(),
            output_format="txt",
            include_images=False,
            include_links=False,
            include_formatting=False,
            with_metadata=False,
            prune_xpath=read._NOT_ARTICLE,
            **(read.EXTRACT_OPTIONS | {"favor_recall": False, "favor_precision": True}),
        )
    except Exception:
        text = None
    squashed = _squash(text or "")
    words = sum(len(b.split()) for b in blocks)
    inside = [bool(_squash(b)) and _squash(b) in squashed for b in blocks]
    kept_words = sum(len(b.split()) for b, ok in zip(blocks, inside, strict=True) if ok)
    if not squashed or 2 * kept_words < words:
        return ["none"] * len(blocks)
    return ["in" if ok else "out" for ok in inside]


RULES = {
    "jusText bad": lambda j, p, w: j == "bad",
    "precision out": lambda j, p, w: p == "out",
    "both (jusText bad and precision out)": lambda j, p, w: j == "bad" and p == "out",
    "either": lambda j, p, w: j == "bad" or p == "out",
    "jusText bad, 20 words or fewer": lambda j, p, w: j == "bad" and w <= 20,
    "precision out, 20 words or fewer": lambda j, p, w: p == "out" and w <= 20,
    "both, 20 words or fewer": lambda j, p, w: j == "bad" and p == "out" and w <= 20,
}


def _score(page: ev.Page, blocks: list[tuple[str, str]]) -> tuple[int, int]:
    run = ev.PageRun(page, ev.Extraction(None, blocks), ev.Extraction(None, []))
    ev.score_extraction(run.ours, page, "ours", run)
    return run.counts["ours_tp"], run.counts["ours_fp"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("editions", type=Path, help="devhalves_editions.py's dump")
    parser.add_argument("--lines", action="store_true", help="list every leaked line's verdicts")
    args = parser.parse_args(argv)
    dump = json.loads(args.editions.read_text(encoding="utf-8"))
    stamp = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    print(f"# second_opinion_screen  {stamp}  python {platform.python_version()}")
    import justext
    import trafilatura

    jt = getattr(justext, "__version__", "?")
    print(f"# trafilatura {trafilatura.__version__}, jusText {jt}; editions {args.editions.name}")
    grand: Counter[str] = Counter()
    for half, data in dump.items():
        pages: dict[str, ev.Page] = {}
        for name in dh.HALVES[half]:
            for page in ev.development_pages(name, parser):
                pages.setdefault(page.id, page)
        c: Counter[str] = Counter()
        classes: Counter[str] = Counter()
        cpu = Counter[str]()
        lines_out = []
        for pid, ed in data["pages"].items():
            page = pages[pid]
            blocks = [(k, t) for k, t in ed["blocks"]]
            texts = [t for _, t in blocks]
            t0 = time.process_time()
            jv = justext_verdicts(page, texts)
            t1 = time.process_time()
            pv = precision_verdicts(page, texts)
            t2 = time.process_time()
            cpu["justext"] += int(1e6 * (t1 - t0))
            cpu["precision"] += int(1e6 * (t2 - t1))
            cpu["pages"] += 1
            tp0, fp0 = _score(page, blocks)
            c["tp"] += tp0
            c["fp"] += fp0
            expected = page.expected_text()
            if expected:
                exp_key = ev.key(expected)
                for (_, t), j, p in zip(blocks, jv, pv, strict=True):
                    if len(t.split()) >= 4 and ev.key(t) not in exp_key:
                        cls = leak_class(t)
                        classes[cls] += 1
                        classes[f"{cls} jusText {j}"] += 1
                        classes[f"{cls} precision {p}"] += 1
                        lines_out.append(f"  {pid} [{cls}; jusText {j}; precision {p}] {t[:110]!r}")
            for v in (*jv, *pv):
                c[f"verdict {v}"] += 1
            for rule, drop in RULES.items():
                kept = [
                    b
                    for b, j, p in zip(blocks, jv, pv, strict=True)
                    if not drop(j, p, len(b[1].split()))
                ]
                tp, fp = _score(page, kept)
                c[f"{rule}: facts lost"] += tp0 - tp
                c[f"{rule}: leaks cut"] += fp0 - fp
                c[f"{rule}: blocks dropped"] += len(blocks) - len(kept)
        n = max(1, cpu["pages"])
        print(f"\n== {half}: {cpu['pages']} pages, body facts found {c['tp']}, leaks {c['fp']}")
        print(
            f"  verdicts on kept blocks: jusText good {c['verdict good']},"
            f" bad {c['verdict bad']}; precision in {c['verdict in']},"
            f" out {c['verdict out']}; no opinion (either judge) {c['verdict none']}"
        )
        for rule in RULES:
            lost, cut = c[f"{rule}: facts lost"], c[f"{rule}: leaks cut"]
            dropped = c[f"{rule}: blocks dropped"]
            print(
                f"  {rule:38} leaks cut {cut:5}  body facts lost {lost:5}"
                f"  blocks dropped {dropped:5}"
            )
        total = sum(v for k, v in classes.items() if " " not in k)
        print(f"  leaked lines on whole-body pages by class ({total}):")
        for cls in ("byline", "date", "caption", "prose", "other"):
            k = classes[cls]
            print(
                f"    {cls:8} {k:5} ({k / max(1, total):.1%})"
                f"  jusText bad {classes[f'{cls} jusText bad']},"
                f" good {classes[f'{cls} jusText good']};"
                f" precision out {classes[f'{cls} precision out']},"
                f" in {classes[f'{cls} precision in']}"
            )
        print(
            f"  CPU a page: jusText {cpu['justext'] / n / 1000:.1f} ms,"
            f" precision pass {cpu['precision'] / n / 1000:.1f} ms"
        )
        if args.lines:
            print("\n".join(lines_out))
        for k in ("tp", "fp"):
            grand[k] += c[k]
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
