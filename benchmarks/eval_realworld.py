"""Real news pages in, clean editions out: the pipeline scored on tests/data/realworld/.

    python benchmarks/eval_realworld.py                     # extraction, every page (no engine)
    python benchmarks/eval_realworld.py -v                  # also list every failed fact
    python benchmarks/eval_realworld.py --translate 6       # + 6 English pages to pt-BR through
                                                            #   the embedded model, pipeline vs
                                                            #   bare engine in the same run
    python benchmarks/eval_realworld.py --json out.json     # totals as JSON (for the gate test)

Extraction columns (per page, and totals): body facts found by our reader+boilerplate stage
(``ours``) beside trafilatura's own default extraction of the same page (``traf``), in
trafilatura's evaluation terms: a ``must_have`` snippet (or ``body_start``/``body_end``, or an
expected paragraph of newspaper4k's expected text) found is a true positive, missed a false
negative; a ``must_not_have`` snippet found is a false positive (a boilerplate line leaked).
``title`` is right when it equals the expected title and carries none of the site furniture of
the page's ``<title>``; ``caption`` flags an edition made of almost nothing (< 60 words) with no
warning; ``head`` and ``link`` are the page's in-article headings and links kept.

Translation columns (``--translate``): ``damaged`` untranslatable tokens (URLs, e-mail addresses,
handles, hashtags, code, words with letters outside ASCII such as "Lüderitzstrasse", and names
the glossary/untranslatable stage protects) missing from the target; ``slips`` pt-PT spellings in
a pt-BR edition (the variants of ``locales/spelling/pt.toml``); ``added`` words such as
"(em inglês)" that neither the source nor the bare engine has. Pipeline and bare engine are run
on the same sentences in the same run.

Other stages add their own counts by appending a function to ``PAGE_METRICS`` (extraction side,
``(PageRun) -> dict[str, int]``) or ``TRANSLATION_METRICS`` (``(TranslationRun) -> dict[str,
int]``);
totals are summed per key and printed.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from realworld_corpus import CORPUS, Page, load_pages  # noqa: E402

SETS = {
    "dev": CORPUS,
    "heldout": CORPUS / "heldout",
    # after the first measurement of the held-out set with this session's rules, its pages at
    # even positions (sorted by id) were opened for development ("heldout-a": now a development
    # set); the odd ones ("heldout-b") stay held out: never looked at page by page, never used
    # to decide a rule
    "heldout-a": CORPUS / "heldout",
    "heldout-b": CORPUS / "heldout",
    # set c: 36 pages of Zyte's article-extraction benchmark (sites in no other set), written
    # as a held-out set before the second boilerplate pass of issue 15 (build_heldout_c.py);
    # opened for development in the third pass, after set d was written and measured
    "heldout-c": CORPUS / "heldout_c",
    # development pages of the same benchmark, from sites that are not in set c
    "zyte-dev": CORPUS / "zyte_dev",
    # set d: 35 pages of fundus's parser test data (one publisher per country, sites in no other
    # set), written as a held-out set before the third boilerplate pass (build_heldout_d.py);
    # opened for development in the fourth pass, after set e was written and measured
    "heldout-d": CORPUS / "heldout_d",
    # set e: 30 article pages of a 2026 web content extraction benchmark (sites in no other
    # set), written as a held-out set before the fourth boilerplate pass (build_heldout_e.py);
    # opened for development in the fifth pass, after set f was written and measured
    "heldout-e": CORPUS / "heldout_e",
    # set f: 30 more article pages of that benchmark (news-tagged first; no page or site of
    # any other set), written as a held-out set before the fifth boilerplate pass
    # (build_heldout_f.py); opened for development in the sixth pass, after set g was written
    # and measured
    "heldout-f": CORPUS / "heldout_f",
    # set g: 30 more article pages of that benchmark (set f's rule over the sites no set
    # holds), written as a held-out set before the sixth boilerplate pass (build_heldout_g.py);
    # opened for development in the seventh pass, after set h was written and measured
    "heldout-g": CORPUS / "heldout_g",
    # set h: 40 pages of trafilatura's evaluation benchmark (tests/eval, with/without snippets;
    # sites in no other set), written as a held-out set before the seventh boilerplate pass
    # (build_heldout_h.py); opened for development in the eighth pass, after set i was written
    # and measured
    "heldout-h": CORPUS / "heldout_h",
    # set i: 26 pages of Zyte's article-extraction benchmark from the sites no other set holds
    # (whole-body facts), written as a held-out set before the eighth boilerplate pass
    # (build_heldout_i.py); opened for development in the ninth pass, after set j was written and
    # measured
    "heldout-i": CORPUS / "heldout_i",
    # set j: 40 pages of Postlight Parser's test fixtures (one per site, sites in no other set)
    # with its site extractors' whole bodies as facts, written as a held-out set before the ninth
    # boilerplate pass (build_heldout_j.py); opened for development in the tenth pass, after set
    # k was written and measured
    "heldout-j": CORPUS / "heldout_j",
    # set k: 40 more article pages of the 2026 extraction benchmark of sets e to g (set f's rule
    # over the sites no set holds; whole bodies), written as a held-out set before the tenth
    # boilerplate pass (build_heldout_k.py); opened for development in the eleventh pass, after
    # set l was written and measured
    "heldout-k": CORPUS / "heldout_k",
    # set l: 40 more article pages of that benchmark (set f's rule over the sites no set holds,
    # set k included; whole bodies), written as a held-out set before the eleventh boilerplate
    # pass (build_heldout_l.py); opened for development in the twelfth pass, after set m was
    # written and measured
    "heldout-l": CORPUS / "heldout_l",
    # set m: 40 more article pages of that benchmark (set f's rule over the sites no set holds,
    # set l included; whole bodies), written as a held-out set before the twelfth boilerplate
    # pass (build_heldout_m.py); opened for development in the fourteenth pass, after set n was
    # written and measured
    "heldout-m": CORPUS / "heldout_m",
    # held-out set n: 40 article pages of WCXB 1.0's own held-out test split (sites no set holds;
    # whole bodies), written before the fourteenth boilerplate pass (build_heldout_n.py): unseen
    # sites and pages the benchmark held out, not an unseen source
    "heldout-n": CORPUS / "heldout_n",
    # held-out set o: 40 article pages of WCXB 1.0's development split of sites no set holds
    # (whole bodies), written before the sixteenth boilerplate pass (build_heldout_o.py); set
    # n stays held out beside it
    "heldout-o": CORPUS / "heldout_o",
    # held-out set p: 40 news pages of fundus's parser test data (sites no set holds, publishers
    # no benchmark data file names; German, English, Italian, Japanese; whole bodies from
    # fundus's hand-written parsers), written before the eighteenth boilerplate pass
    # (build_heldout_p.py); sets n and o stay held out beside it
    "heldout-p": CORPUS / "heldout_p",
    # held-out set q: 40 article pages of Omnivore's own Readability.js test pages (a source no
    # set held; sites and bytes no set holds; English, Spanish, Russian, Chinese; whole bodies
    # from Omnivore's expected output), written before the twenty-fifth boilerplate pass
    # (build_heldout_q.py); sets n, o and p stay held out beside it
    "heldout-q": CORPUS / "heldout_q",
    # held-out set r: 40 article pages of newspaper's full-text test suite of 2014-15 (pages and
    # sites no set holds; the corpus holds 17 of newspaper4k's newer fixtures; whole bodies from
    # the text newspaper's authors accepted), written before the twenty-sixth boilerplate pass
    # (build_heldout_r.py); sets n, o, p and q stay held out beside it
    "heldout-r": CORPUS / "heldout_r",
    # held-out set s: the 4 article pages Readability.php (FiveFilters' PHP port) added to its
    # own test pages (not Mozilla's copies; sites and bytes no set holds; whole bodies from
    # Readability.php's expected output), written before the twenty-seventh boilerplate pass
    # (build_heldout_s.py); sets n, o, p, q and r stay held out beside it
    "heldout-s": CORPUS / "heldout_s",
    # held-out set t: the 8 article pages SmartReader (Strumenta's C# port) added to its own
    # test pages (not Mozilla's copies; sites and bytes no set holds; whole bodies from
    # SmartReader's expected output), written before the twenty-eighth boilerplate pass
    # (build_heldout_t.py); sets n, o, p, q, r and s stay held out beside it
    "heldout-t": CORPUS / "heldout_t",
    # held-out set u: 15 article pages of Mozilla's test pages that set heldout/ left (blog
    # posts, how-tos, trade press; sites and bytes no set holds; whole bodies from Readability's
    # expected output), written before the twenty-ninth boilerplate pass (build_heldout_u.py);
    # the one held-out set since body25 opened sets n to t for development
    "heldout-u": CORPUS / "heldout_u",
    # held-out set v: 23 article pages of WCXB 1.0's test split that set n left, of sites no
    # body set and no structure set holds (whole bodies from the benchmark's ground truth),
    # written before the thirtieth boilerplate pass (build_heldout_v.py); set u stays held out
    # beside it
    "heldout-v": CORPUS / "heldout_v",
    # held-out set w: 32 pages of snacktory's own test suite (a source no body set and no
    # structure set used; sites and bytes no set holds), snippet facts only (the start of the
    # body, for some its end or a sentence, and the title): recall, not leaks; written before
    # the thirty-first boilerplate pass (build_heldout_w.py); sets u and v stay held out
    "heldout-w": CORPUS / "heldout_w",
    # held-out set x: 12 article pages of EpubPress's own test fixtures (a source no body set
    # and no structure set used; sites and bytes no set holds), snippet facts only (text the
    # article must hold, the furniture it must not, and the title); written before the
    # thirty-third boilerplate pass (build_heldout_x.py); sets u, v and w stay held out
    "heldout-x": CORPUS / "heldout_x",
    # held-out set y: 8 article pages of NReadability's saved test pages (a source no body set
    # and no structure set used; sites and bytes no set holds), snippet facts only (text the
    # article must hold: recall only); written before the thirty-fourth boilerplate pass
    # (build_heldout_y.py); sets u, v, w and x stay held out
    "heldout-y": CORPUS / "heldout_y",
    # held-out set z: 11 saved news pages of goose3's test data (a source no body set and no
    # structure set used; sites and bytes no set holds), snippet facts only (the paragraphs of
    # the body's beginning goose3 asserts, one title: recall and titles); written before the
    # thirty-seventh boilerplate pass (build_heldout_z.py); sets u, v, w, x and y stay held out
    "heldout-z": CORPUS / "heldout_z",
    # held-out set aa: 2 saved article pages of ruby-readability's samples (a source no body set
    # and no structure set used; sites and bytes no set holds), snippet facts and named furniture;
    # written before the forty-second boilerplate pass (build_heldout_aa.py); sets u to z stay
    # held out
    "heldout-aa": CORPUS / "heldout_aa",
    # omni-dev: the 13 Omnivore Readability test pages set q's rule admits after its first 40
    # (sites set q does not hold), a development set from the start (build_omni_dev.py)
    "omni-dev": CORPUS / "omni_dev",
}


# The held-out set: no rule or setting may be decided on it, so the tools that diagnose or compare
# refuse it (development_pages). When it is opened for development, its successor goes here.
HELD_OUT = "heldout-aa"
# every set still held out: sets n to t were held out beside set p until the twenty-ninth pass
# (body25) measured set u first and then opened them for development; set v was written in the
# thirtieth (body26) with set u still held out; set w in the thirty-first (body27), beside both;
# set x in the thirty-third (body28), beside the three; set y in the thirty-fourth (body29); set z
# in the thirty-seventh (body31); set aa in the forty-second (body32)
HELD_OUT_SETS = (
    "heldout-u", "heldout-v", "heldout-w", "heldout-x", "heldout-y", "heldout-z", HELD_OUT,
)


def development_pages(name: str, parser: argparse.ArgumentParser) -> list[Page]:
    """The pages of set ``name`` for a tool that decides rules or settings (a held-out set is
    refused with a usage error)."""
    if name in HELD_OUT_SETS:
        parser.error(f"{name} is a held-out set: it must not decide rules or settings")
    return select(name, load_pages(SETS[name]))


def select(name: str, pages: list[Page]) -> list[Page]:
    """The pages of set ``name`` (the halves of the held-out set by position)."""
    ordered = sorted(pages, key=lambda p: p.id)
    if name == "heldout-a":
        return ordered[0::2]
    if name == "heldout-b":
        return ordered[1::2]
    return pages


CAPTION_WORDS = 60  # an "edition" shorter than this, on a page with an article, is a caption


_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def word_count(text: str) -> int:
    """Words; two characters of a script written without spaces count as one."""
    return len(_CJK.sub(" ", text).split()) + len(_CJK.findall(text)) // 2


# typographic quotes, apostrophes and dashes compared as their plain forms: the ground truth of
# sets e, f and g (a language model's reading of each page) writes "Catering's" where the page
# has "Catering’s", and an edition keeps the page's character
_TYPOGRAPHY = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u201b": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"',
     "\u201e": '"', "\u2033": '"', "\u2013": "-", "\u2014": "-"}
)  # fmt: skip


# Footnote marks, folded on both sides (struct54): a page's reference mark glued to the end of
# a sentence or clause ("in 2018.2 This", "adolescents.5 Data") and a note's back-link glyph
# ("↩︎"). A ground truth keeps them as the page's plain text; an edition reads them as
# footnotes (a reference on the word before it, the note without its back-link), whose text
# holds neither. One to three digits after a sentence's or clause's punctuation and before a
# space or the end, read after the typography is made plain; not after a quotation mark (a
# quoted number: "10 minutes a day") nor after a comma that follows a digit (a thousands
# group: "2,900 online", which an extraction can write "2,900online"). The same fold on both
# sides, so a page read either way scores the same. A line's opening number (a note's "1 The
# ...") is not folded: table cells read one a line ("1 tackle") would then differ from the
# same words inside a ground-truth row.
_NOTE_MARK = re.compile(r"(?:(?<=[.;:!?)\]])|(?<=\D,))\d{1,3}(?=\s|$)")
_NOTE_BACK = re.compile("[\u21a9\u2934][\ufe0e\ufe0f]?")


def fold_notes(text: str) -> str:
    """``text`` without footnote marks glued after punctuation and back-link glyphs (struct54).

    >>> fold_notes("down from 63% in 2018.2 This decrease")
    'down from 63% in 2018. This decrease'
    >>> fold_notes("to support 2,900 online programs. \u21a9\ufe0e")
    'to support 2,900 online programs. '
    """
    return _NOTE_MARK.sub("", _NOTE_BACK.sub("", text))


def key(text: str) -> str:
    """What snippets are compared on: NFC, no soft hyphens, no whitespace; case kept, as
    trafilatura's own assertions compare ("Aktuell" is a menu label, "aktuell" a word); no
    table-cell bars (a table row is written ``a | b | c`` in plain text, three cells in an
    edition); typographic quotes and dashes as their plain forms, an ellipsis as three dots."""
    text = unicodedata.normalize("NFC", text).replace("\xad", "").replace("|", "")
    text = text.translate(_TYPOGRAPHY).replace("\u2026", "...")
    return re.sub(r"\s+", "", text)


def body_key(text: str) -> str:
    """``key()`` with footnote marks folded (``fold_notes``, struct54): what the body metric
    (body facts, leaked lines, the title) compares on, on both sides; headings and links are
    compared with ``key``."""
    text = unicodedata.normalize("NFC", text).replace("\xad", "").replace("|", "")
    return key(fold_notes(text.translate(_TYPOGRAPHY).replace("\u2026", "...")))


# The ground truth's convention (``--convention``): what a language model's reading of a page
# leaves out or writes otherwise although the page has it, and an edition keeps: emoji (a
# bullet "\U0001f539 No More Damp Dishes!"), footnote and citation markers ("[4]", "(4)",
# superscript digits) and the hyphens U+2010/U+2011 (written "-"). Never the pinned figures.
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\u20e3]")
_FOOTNOTE = re.compile(r"\[\d{1,3}\]|\(\d{1,3}\)|[\u00b9\u00b2\u00b3\u2070-\u2079]+")


def convention_key(text: str) -> str:
    """``key()`` with the ground truth's convention folded: no emoji, no footnote markers,
    U+2010/U+2011 as "-"."""
    text = unicodedata.normalize("NFC", text).replace("\u2010", "-").replace("\u2011", "-")
    return body_key(_FOOTNOTE.sub("", _EMOJI.sub("", text)))


_LIST_MARK = re.compile(r"^(?:[-*\u2022+]|\d{1,3}[.)])\s+")


def expected_facts(expected: str) -> list[str]:
    """The body facts of an expected text: its lines of 20+ characters, without the plain-text
    list marker in front (``- item``, ``1. item``: the ground truth of set e and f writes a
    list item so, as trafilatura's text output does; an edition keeps the item, not the
    marker, which HTML draws)."""
    lines = (_LIST_MARK.sub("", " ".join(x.split())) for x in expected.split("\n"))
    return [p for p in lines if len(p) >= 20]


@dataclass
class Extraction:
    title: str | None
    blocks: list[tuple[str, str]]  # (kind, text)
    links: list[str] = field(default_factory=list)  # hrefs kept in the article
    warnings: list[str] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (rule, text)
    error: str | None = None
    crashed: bool = False  # the reader raised something other than a TranslateError

    @property
    def text(self) -> str:
        return "\n".join(t for _, t in self.blocks)

    @property
    def words(self) -> int:
        return word_count(self.text)


@dataclass
class PageRun:
    page: Page
    ours: Extraction
    traf: Extraction
    counts: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)


def ours(page: Page) -> Extraction:
    """Our reader, language detection and boilerplate stage, as ``translate run`` runs them."""
    from translate.errors import TranslateError
    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import image_only, parse_article

    try:
        article = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
        prepared = prepare(article, RunOptions(use_cache=False, use_tm=False))
    except TranslateError as exc:
        return Extraction(None, [], error=f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # a crash: scored as nothing read, and counted
        return Extraction(None, [], error=f"{type(exc).__name__}: {exc}", crashed=True)
    art = prepared.article
    # a picture (its alt text under an image span) is not a line of the article's text, nor,
    # since struct35, its caption (a figure's <figcaption>, read after the picture): the ground
    # truths differ on captions as on alt text (fundus's leave them out, Omnivore's keep some)
    blocks = [
        (b.kind, b.text)
        for b in art.blocks
        if b.kind != "title" and not image_only(b) and not b.caption
    ]
    links = [  # the hrefs of the in-article links the reader kept as inline spans (a footnote's
        # reference or definition is a link span without one)
        s.attrs["href"] for b in art.blocks for s in b.inline
        if s.kind == "link" and "href" in s.attrs
    ]  # fmt: skip
    warnings = [w for w in art.meta.get("warnings", "").split("\n") if w] if art.meta else []
    return Extraction(
        art.title, blocks, links=links, warnings=warnings,
        dropped=[(d.rule, d.text) for d in art.dropped],
    )  # fmt: skip


def trafilatura_default(page: Page) -> Extraction:
    """trafilatura's own extraction, default settings (its evaluation's configuration)."""
    import trafilatura

    html = page.html()
    text = trafilatura.extract(html) or ""
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None else None
    return Extraction(title, [("paragraph", line) for line in text.split("\n") if line.strip()])


def _in_article_structure(page: Page) -> tuple[list[str], list[str]]:
    """Headings (h2-h4) and links (``<a href>`` in paragraphs) of the article body: those whose
    text stands, in the page, between its known ``body_start`` and ``body_end`` (pages without
    both are not counted)."""
    from lxml import html as lxml_html

    if not (page.body_start and page.body_end):
        return [], []
    from translate.read import permalink_glyphs

    # a heading's permalink glyph ("Direct Purchase Options #") is no part of its text
    doc = lxml_html.document_fromstring(permalink_glyphs(page.html()))
    for bad in doc.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    visible = key(doc.text_content())
    facts = [page.body_start, page.body_end]
    positions = [(visible.find(key(f)), len(key(f))) for f in facts]
    positions = [(i, n) for i, n in positions if i >= 0]
    if len(positions) < 2:
        return [], []
    lo = min(i for i, _ in positions)
    hi = max(i + n for i, n in positions)

    def inside(text: str) -> bool:
        k = key(text)
        i = visible.find(k, lo)
        return bool(k) and i >= 0 and i + len(k) <= hi

    heads = [" ".join(h.text_content().split()) for h in doc.xpath("//h2|//h3|//h4")]
    links = [
        str(a.get("href"))
        for a in doc.xpath("//p//a[@href]")
        if str(a.get("href", "")).startswith("http")
        and inside(a.text_content())
        and len(a.text_content().split()) >= 1
    ]
    return [h for h in heads if len(h) > 3 and inside(h)], links


def score_extraction(
    ex: Extraction, page: Page, prefix: str, run: PageRun, key: Callable[[str], str] = body_key
) -> None:
    c = run.counts
    got = key(ex.text)
    facts = list(page.must_have) + [s for s in (page.body_start, page.body_end) if s]
    expected = page.expected_text()
    if expected:
        facts += expected_facts(expected)
    tp = sum(1 for s in facts if key(s) in got)
    fp = sum(1 for s in page.must_not_have if key(s) in got)
    c[f"{prefix}_tp"] = tp
    c[f"{prefix}_fn"] = len(facts) - tp
    c[f"{prefix}_fp"] = fp
    c[f"{prefix}_tn"] = len(page.must_not_have) - fp
    if prefix == "ours":
        run.failures += [f"missed: {s[:70]!r}" for s in facts if key(s) not in got][:5]
        run.failures += [f"leaked: {s[:70]!r}" for s in page.must_not_have if key(s) in got]
    if expected:  # newspaper4k pages: kept lines that are not article text are leaks too
        exp_key = key(expected)
        leaked = [t for _, t in ex.blocks if len(t.split()) >= 4 and key(t) not in exp_key]
        c[f"{prefix}_fp"] += len(leaked)
        c[f"{prefix}_tn"] += len(ex.blocks) - len(leaked)
        if prefix == "ours":
            run.failures += [f"extra line: {t[:70]!r}" for t in leaked][:3]
    title_ok = (
        bool(ex.title)
        and (page.title is None or key(ex.title or "") == key(page.title))
        and not any(key(f) in key(ex.title or "") for f in page.title_must_not_have if len(f) > 1)
    )
    c[f"{prefix}_title_ok"] = int(title_ok)
    if prefix == "ours" and not title_ok:
        run.failures.append(f"title {ex.title!r} (expected {page.title!r})")
    # a caption-only edition: almost nothing kept, article facts missing, and no warning
    caption = tp < len(facts) and ex.words < CAPTION_WORDS and not ex.warnings and ex.error is None
    c[f"{prefix}_caption_only"] = int(caption)


def structure_metric(run: PageRun) -> dict[str, int]:
    heads, links = _in_article_structure(run.page)
    kept_heads = {key(t) for k, t in run.ours.blocks if k == "heading"}
    return {
        "headings": len(heads),
        "headings_kept": sum(1 for h in heads if key(h) in kept_heads),
        "links": len(links),
        "links_kept": sum(1 for href in links if href in run.ours.links),
    }


def warnings_metric(run: PageRun) -> dict[str, int]:
    return {
        "warned": int(
            (bool(run.ours.warnings) or run.ours.error is not None) and not run.ours.crashed
        ),
        "crashed": int(run.ours.crashed),
    }


PAGE_METRICS: list[Callable[[PageRun], dict[str, int]]] = [structure_metric, warnings_metric]


def evaluate_pages(pages: list[Page], *, baseline: bool = True) -> list[PageRun]:
    """Score every page; ``baseline=False`` skips trafilatura's own extraction (the gate test)."""
    runs = []
    for page in pages:
        run = PageRun(
            page, ours(page), trafilatura_default(page) if baseline else Extraction(None, [])
        )
        score_extraction(run.ours, page, "ours", run)
        score_extraction(run.traf, page, "traf", run)
        for metric in PAGE_METRICS:
            run.counts.update(metric(run))
        runs.append(run)
    return runs


def convention_totals(runs: list[PageRun]) -> dict[str, Any]:
    """The totals of ``runs`` scored with ``convention_key`` instead of ``key`` (the ground
    truth's convention folded on both sides); nothing else differs."""
    folded = []
    for run in runs:
        again = PageRun(run.page, run.ours, run.traf)
        score_extraction(run.ours, run.page, "ours", again, convention_key)
        score_extraction(run.traf, run.page, "traf", again, convention_key)
        folded.append(again)
    return totals(folded)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def totals(runs: list[PageRun]) -> dict[str, Any]:
    total: Counter[str] = Counter()
    for run in runs:
        total.update(run.counts)
    out: dict[str, Any] = dict(total)
    for p in ("ours", "traf"):
        tp, fn, fp = total[f"{p}_tp"], total[f"{p}_fn"], total[f"{p}_fp"]
        out[f"{p}_recall"] = round(_ratio(tp, tp + fn), 4)
        out[f"{p}_precision"] = round(_ratio(tp, tp + fp), 4)
        out[f"{p}_leaks_per_10_pages"] = round(10 * fp / max(1, len(runs)), 2)
    out["pages"] = len(runs)
    return out


# -- translation -----------------------------------------------------------------------------

_UNTRANSLATABLE = re.compile(
    r"https?://\S+[^\s.,;:!?)\]]|\b[\w.+-]+@[\w-]+\.[\w.-]+\b|(?<!\w)[@#][A-Za-z_]\w+|`[^`]+`"
)


def untranslatable_tokens(text: str) -> list[str]:
    """Tokens a translation must carry verbatim: URLs, e-mails, handles, hashtags, code spans,
    and capitalized words with a letter outside ASCII in a Latin-script sentence
    ("Lüderitzstrasse", "Schutzverträge")."""
    found = [m.group(0) for m in _UNTRANSLATABLE.finditer(text)]
    for m in re.finditer(r"(?<![\w@#/])[A-Z][^\W\d_]*[^\x00-\x7f][^\W\d_]*", text):
        word = m.group(0)
        if all(unicodedata.name(ch, "").startswith("LATIN") for ch in word):
            found.append(word)
    return found


@dataclass
class TranslationRun:
    page: Page
    sources: list[str]
    bare: list[str]
    pipeline: list[str]
    counts: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    locale: str = "pt-BR"


def _damage(sources: list[str], targets: list[str]) -> tuple[int, int, list[str]]:
    total = damaged = 0
    lost: list[str] = []
    for src, tgt in zip(sources, targets, strict=True):
        for tok in untranslatable_tokens(src):
            total += 1
            if tok not in tgt:
                damaged += 1
                lost.append(tok)
    return total, damaged, lost


def damage_metric(run: TranslationRun) -> dict[str, int]:
    total, bare, _ = _damage(run.sources, run.bare)
    _, ours_, lost = _damage(run.sources, run.pipeline)
    run.failures += [f"damaged: {t!r}" for t in lost[:5]]
    return {"untranslatables": total, "damaged_bare": bare, "damaged_pipeline": ours_}


def slips_metric(run: TranslationRun) -> dict[str, int]:
    try:
        from translate.spelling import variant_slips
    except ImportError:  # an older tree (baseline runs): no normalizer, count nothing
        return {"slips_bare": 0, "slips_pipeline": 0}

    bare = sum(len(variant_slips(t, run.locale)) for t in run.bare)
    ours_ = [s for t in run.pipeline for s in variant_slips(t, run.locale)]
    run.failures += [f"other-variety spelling in {run.locale}: {s!r}" for s in ours_[:5]]
    return {"slips_bare": bare, "slips_pipeline": len(ours_)}


_INVENTED = re.compile(r"\((?:em|in|en) (?:inglês|ingles|english|portugu[eê]s)\)", re.I)


def invented_metric(run: TranslationRun) -> dict[str, int]:
    bare = sum(len(_INVENTED.findall(t)) for t in run.bare)
    ours_ = sum(len(_INVENTED.findall(t)) for t in run.pipeline)
    return {"added_bare": bare, "added_pipeline": ours_}


TRANSLATION_METRICS: list[Callable[[TranslationRun], dict[str, int]]] = [
    damage_metric, slips_metric, invented_metric,
]  # fmt: skip


def evaluate_translation(pages: list[Page], locale: str = "pt-BR") -> list[TranslationRun]:
    from translate.locales import parse_targets
    from translate.mt import plan_route, translate_batch
    from translate.options import RunOptions
    from translate.pipeline import prepare, translate_prepared
    from translate.read import parse_article

    options = RunOptions(use_cache=False, use_tm=False)
    profile = parse_targets(locale)[0]
    route = plan_route("en", profile.language, list(profile.engines))
    runs = []
    for page in pages:
        article = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
        prepared = prepare(article, options)
        edition = translate_prepared(prepared, profile, options)
        sources = [s.segment.source for b in edition.blocks for s in b.segments]
        pipeline = [s.target for b in edition.blocks for s in b.segments]
        bare, _, _ = translate_batch(sources, route, None)
        run = TranslationRun(page, sources, list(bare), pipeline, locale=locale)
        for report in ("spelling", "untranslatable"):  # every rewrite, for the reader to judge
            for change in edition.reports.get(report, {}).get("changes", []):
                run.failures.append(f"{report}: {change['from']!r} -> {change['to']!r}")
        for metric in TRANSLATION_METRICS:
            run.counts.update(metric(run))
        # links through translation (translate.inline): the source's links, the edition's, and
        # the ones lost with a finding; the engine's text is the same with or without them
        run.counts["links_source"] = sum(
            1 for b in edition.blocks for x in b.source_inline if x.kind == "link"
        )
        run.counts["links_edition"] = sum(
            1 for b in edition.blocks for x in b.inline if x.kind == "link"
        )
        run.counts["links_lost_flagged"] = sum(
            1 for f in edition.findings if f.check == "inline" and f.data.get("kind") == "link"
        )
        run.failures += [f.message for f in edition.findings if f.check == "inline"][:5]
        runs.append(run)
    return runs


# -- names that are also words (translate.untranslatable word_names) ---------------------------

_DIGITS = re.compile(r"\d+")
_CAPITALIZED = re.compile(r"(?<=[a-z,;] )[A-Z][\w'’-]+")


@dataclass
class NameCase:
    page: str
    source: str
    words: list[str]
    bare: str
    ours: str
    verdict: str  # "better", "same", "worse"
    why: str = ""


def _name_verdict(source: str, words: list[str], bare: str, ours: str) -> tuple[str, str]:
    """Masked sentence vs the bare engine on the same sentence: worse when ours lost a digit
    string, a mid-sentence capitalized word or an untranslatable token that the bare engine
    kept, kept a placeholder, or is much shorter; better when ours keeps a masked name that
    the bare engine translated away."""
    if "XNAME" in ours:
        return "worse", "placeholder left in the text"
    if len(ours) < 0.8 * len(bare):
        return "worse", f"shorter than the bare engine ({len(ours)} < {len(bare)} chars)"
    keep = _DIGITS.findall(source) + _CAPITALIZED.findall(source) + untranslatable_tokens(source)
    lost = [t for t in keep if t in bare and t not in ours]
    if lost:
        return "worse", f"lost {lost[:3]}"
    gained = [w for w in words if w in ours and w not in bare]
    if gained:
        return "better", f"kept {gained}"
    return "same", ""


def evaluate_names(pages: list[Page]) -> list[NameCase]:
    """Every sentence of the English pages in which word_names masks something, translated to
    pt-BR by the bare engine and with the masks (the same engine, the same run)."""
    from translate import untranslatable
    from translate.glossary.words import plain_word_test
    from translate.locales import parse_targets
    from translate.mt import plan_route, translate_batch
    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import parse_article

    options = RunOptions(use_cache=False, use_tm=False)
    profile = parse_targets("pt-BR")[0]
    route = plan_route("en", profile.language, list(profile.engines))
    cases: list[NameCase] = []
    for page in pages:
        if page.language != "en":
            continue
        article = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
        prepared = prepare(article, options)
        segs = prepared.segments
        kinds = [prepared.article.blocks[s.block].kind for s in segs]
        masked = untranslatable.mask_segments(
            [s.source for s in segs], kinds, "en", site=prepared.article.meta.get("sitename"),
            plain=plain_word_test("en"),
        )
        idx = sorted(masked.words)
        if not idx:
            continue
        sub = untranslatable.Masked(
            [masked.texts[i] for i in idx], [masked.originals[i] for i in idx],
            {k: masked.words[i] for k, i in enumerate(idx)},
            {k: masked.rules[i] for k, i in enumerate(idx)},
        )  # fmt: skip
        bare = translate_batch(sub.originals, route, None)[0]
        raw = translate_batch(sub.texts, route, None)[0]
        ours, _ = untranslatable.unmask_segments(
            sub, list(raw), set(range(len(idx))), lambda b: translate_batch(b, route, None)[0]
        )
        for k in range(len(idx)):
            verdict, why = _name_verdict(sub.originals[k], sub.words[k], bare[k], ours[k])
            cases.append(
                NameCase(page.id, sub.originals[k], sub.words[k], bare[k], ours[k], verdict, why)
            )
    return cases


# -- report ----------------------------------------------------------------------------------


def _fmt(c: dict[str, int], p: str) -> str:
    return f"{c[p + '_tp']}/{c[p + '_tp'] + c[p + '_fn']} -{c[p + '_fp']}"


def header_lines() -> list[str]:
    import trafilatura

    from translate import __version__ as ours_version

    return [
        f"# eval_realworld  {time.strftime('%Y-%m-%d %H:%M:%S %Z')}  {platform.node()}"
        f"  {platform.machine()}  python {platform.python_version()}",
        f"# newsroom-translate {ours_version}, trafilatura {trafilatura.__version__}"
        "  (machine shared with other jobs)",
    ]


def _translation_report(truns: list[TranslationRun], locale: str, verbose: bool) -> Counter[str]:
    """Print the translation table of one locale; its totals."""
    ttot: Counter[str] = Counter()
    print()
    print(
        f"{'page (en -> ' + locale + ')':44} {'segs':>5} {'untr.':>5} {'dmg bare':>8}"
        f" {'dmg ours':>8} {'slips bare':>10} {'slips ours':>10} {'added b/o':>9}"
    )
    for tr in truns:
        c = tr.counts
        ttot.update(c)
        print(
            f"{tr.page.id[:44]:44} {len(tr.sources):>5} {c['untranslatables']:>5}"
            f" {c['damaged_bare']:>8} {c['damaged_pipeline']:>8} {c['slips_bare']:>10}"
            f" {c['slips_pipeline']:>10} {c['added_bare']:>4}/{c['added_pipeline']:<4}"
        )
        if verbose:
            for f in tr.failures:
                print(f"    {f}")
    print(
        f"{'total':44} {sum(len(t.sources) for t in truns):>5} {ttot['untranslatables']:>5}"
        f" {ttot['damaged_bare']:>8} {ttot['damaged_pipeline']:>8} {ttot['slips_bare']:>10}"
        f" {ttot['slips_pipeline']:>10} {ttot['added_bare']:>4}/{ttot['added_pipeline']:<4}"
    )
    print(
        f"  links through translation: {ttot['links_edition']}/{ttot['links_source']} in the"
        f" editions, {ttot['links_lost_flagged']} lost with a warning finding"
    )
    return ttot


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ids", nargs="*", help="page ids (default: all)")
    parser.add_argument(
        "--translate",
        type=int,
        default=0,
        metavar="N",
        help="also translate N English news pages (embedded model), see --locales",
    )
    parser.add_argument(
        "--locales",
        default="pt-BR",
        help="editions made with --translate, comma-separated (default pt-BR; pt-PT checks the"
        " other direction of the spelling normalizer)",
    )
    parser.add_argument(
        "--set",
        choices=sorted(SETS),
        default="dev",
        help="dev: the development corpus (rules were tuned on it); heldout: Mozilla"
        " Readability's news pages; heldout-a: its even half, opened for development after the"
        " first measurement; heldout-b: its odd half (opened for development in the second pass);"
        " heldout-c: Zyte's article-extraction benchmark pages (held out in the second pass, a"
        " development set since the third); zyte-dev: more pages of that benchmark from other"
        " sites, a development set; heldout-d: fundus's parser test pages (held out in the third"
        " pass); heldout-e: article pages of a 2026 extraction benchmark (held out in the fourth"
        " pass); heldout-f: more pages of that benchmark (held out in the fifth pass);"
        " heldout-g: more pages of that benchmark (held out in the sixth pass); heldout-h:"
        " trafilatura's evaluation pages (with/without snippets), held out in the seventh pass;"
        " heldout-i: Zyte's benchmark pages of the sites no other set holds (held out in the eighth"
        " pass); heldout-j: Postlight Parser's test pages, whole bodies from its site extractors,"
        " held out in the ninth pass, a development set since the tenth; heldout-k: more pages of"
        " the 2026 benchmark (sites no set holds), held out in the tenth pass, a development set"
        " since the eleventh; heldout-l: more pages of that benchmark (sites no set holds), held"
        " out in the eleventh pass, a development set since the twelfth; heldout-m: more pages of"
        " that benchmark (sites no set holds), held out in the twelfth pass, a development set"
        " since the fourteenth; heldout-n to heldout-t (held out until the twenty-ninth pass, "
        "development sets since): WCXB 1.0's test split (n) and development split (o), fundus "
        "pages of sites no set holds (p), Omnivore's Readability test pages (q), newspaper's "
        "full-text test pages of 2014-15 (r), Readability.php's (s) and SmartReader's (t) own "
        "article test pages; heldout-u: Mozilla's article test pages set heldout left (15 pages),"
        " held out; heldout-v: WCXB 1.0's test-split article pages set n left, sites no set"
        " holds (23 pages), held out; heldout-w: snacktory's own test pages (32; the body's"
        " start and title as snippets: recall only), held out; heldout-x: EpubPress's article"
        " fixtures (12; body snippets, named furniture and titles), held out; heldout-y:"
        " NReadability's saved test pages (8; body snippets: recall only), held out; heldout-z:"
        " goose3's saved news pages (11; the body's beginning as snippets, titles), held out;"
        " heldout-aa: ruby-readability's sample pages (2; body snippets, named furniture), held"
        " out;"
        " omni-dev: the Omnivore pages set q's rule left, a development set",
    )
    parser.add_argument(
        "--names",
        action="store_true",
        help="also translate every sentence of the English pages in which a name that is also"
        " a word is masked: masked vs bare engine, sentences made worse counted",
    )
    parser.add_argument(
        "--convention",
        action="store_true",
        help="also print the totals with the ground truth's convention folded (emoji, footnote"
        " markers, U+2010/U+2011 hyphens), beside the pinned ones; the pinned figures and --json"
        " totals stay as they are (the folded ones go under 'convention')",
    )
    parser.add_argument("--json", type=Path, help="write the totals here")
    parser.add_argument("-v", "--verbose", action="store_true", help="list failed facts")
    args = parser.parse_args(argv)
    pages = select(args.set, load_pages(SETS[args.set]))
    if args.ids:
        pages = [p for p in pages if p.id in args.ids]
    started = time.perf_counter()
    runs = evaluate_pages(pages)
    print("\n".join(header_lines()))
    print(f"# corpus: {args.set} ({SETS[args.set].relative_to(ROOT)}, {len(pages)} pages)")
    print(
        f"{'page':44} {'lang':4} {'ours':>10} {'traf':>10} {'title':>5} {'head':>5} {'link':>5}"
        f" {'words':>6} warn"
    )
    for run in runs:
        c = run.counts
        title = ("ok" if c["ours_title_ok"] else "NO") + ("" if c["traf_title_ok"] else "*")
        print(
            f"{run.page.id[:44]:44} {run.page.language:4} {_fmt(c, 'ours'):>10}"
            f" {_fmt(c, 'traf'):>10} {title:>5} {c['headings_kept']}/{c['headings']:<3}"
            f" {c['links_kept']}/{c['links']:<3} {run.ours.words:>6}"
            f" {'CAPTION' if c['ours_caption_only'] else ('yes' if c['warned'] else '')}"
        )
        if args.verbose:
            for f in run.failures:
                print(f"    {f}")
            for w in run.ours.warnings + ([run.ours.error] if run.ours.error else []):
                print(f"    warning: {w}")
    tot = totals(runs)
    print()
    print(
        f"pages {tot['pages']}  (ours = reader + boilerplate; traf = trafilatura.extract default)"
    )
    for p, name in (("ours", "ours"), ("traf", "trafilatura")):
        print(
            f"  {name:12} recall {tot[p + '_recall']:.3f}  precision {tot[p + '_precision']:.3f}"
            f"  leaks {tot[p + '_fp']} ({tot[p + '_leaks_per_10_pages']} per 10 pages)"
            f"  titles {tot[p + '_title_ok']}/{tot['pages']}"
            f"  caption-only editions {tot[p + '_caption_only']}"
        )
    if args.convention:
        conv = convention_totals(runs)
        print("  with the ground truth's convention folded (emoji, footnote markers, U+2010/2011):")
        for p, name in (("ours", "ours"), ("traf", "trafilatura")):
            print(
                f"  {name:12} recall {tot[p + '_recall']:.3f} -> {conv[p + '_recall']:.3f}"
                f"  precision {tot[p + '_precision']:.3f} -> {conv[p + '_precision']:.3f}"
                f"  leaks {tot[p + '_fp']} -> {conv[p + '_fp']}"
                f" ({tot[p + '_leaks_per_10_pages']} -> {conv[p + '_leaks_per_10_pages']} per"
                " 10 pages)"
            )
        tot["convention"] = {
            k: conv[k] for k in conv if k.startswith(("ours_", "traf_")) and "title" not in k
        }
    print(
        f"  headings kept {tot['headings_kept']}/{tot['headings']}"
        f"  links kept {tot['links_kept']}/{tot['links']}  pages warned {tot['warned']}"
        f"  pages crashed {tot.get('crashed', 0)}"
    )
    dropped_rules = Counter(rule for r in runs for rule, _ in r.ours.dropped)
    print("  dropped by rule: " + ", ".join(f"{k} {v}" for k, v in dropped_rules.most_common()))
    if args.translate:
        chosen = [
            p
            for p in pages
            if p.language == "en" and p.kind == "news" and p.source.get("facts") == "hand"
        ][: args.translate]
        chosen += [p for p in pages if p.language == "en" and p.kind == "news" and p not in chosen][
            : max(0, args.translate - len(chosen))
        ]
        for locale in [x.strip() for x in args.locales.split(",") if x.strip()]:
            ttot = _translation_report(evaluate_translation(chosen, locale), locale, args.verbose)
            tot["translation" if locale == "pt-BR" else f"translation_{locale}"] = dict(ttot)
    if args.names:
        cases = evaluate_names(pages)
        verdicts = Counter(c.verdict for c in cases)
        print()
        print(
            f"names that are also words (en -> pt-BR, every English page): {len(cases)} sentences"
            f" masked; better {verdicts['better']}, same {verdicts['same']},"
            f" worse {verdicts['worse']} (against the bare engine, same run)"
        )
        for case in cases:
            if args.verbose or case.verdict == "worse":
                print(f"  [{case.verdict}] {case.page}: {case.words} {case.why}")
                print(f"      src:  {case.source}")
                print(f"      bare: {case.bare}")
                print(f"      ours: {case.ours}")
        tot["names"] = dict(verdicts) | {"masked_sentences": len(cases)}
    print(f"\n({time.perf_counter() - started:.1f} s)")
    if args.json:
        args.json.write_text(json.dumps(tot, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
