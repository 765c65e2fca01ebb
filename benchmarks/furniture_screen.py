"""The leaked lines by furniture kind, and the markup around them, screened on the development
groups (thirty-third pass, body28).

    python benchmarks/devhalves_editions.py EDITIONS.json        # every page's edition, dumped
    python benchmarks/furniture_screen.py EDITIONS.json [--lines] > RAW.txt

A newsroom must not publish furniture (a comment form, a newsletter sign-up, share and follow
buttons, "read more" and related-article lists, cookie and subscription notices, navigation, a
site's tagline) as article text. body27 sorted the leaked lines (kept lines of 4+ words outside
a page's whole expected body) into what a reader keeps (a byline, a date line, a caption, a
sentence of prose) and "other". This tool:

* **classes every "other" leak by furniture kind**, by the line's own words (``KINDS``: a short
  list of words per kind in English, German, Spanish, French, Portuguese and Italian, used only
  to count and never as a rule) and, where the words say nothing, by its markup (inside a
  ``<nav>`` or navigation role: navigation); the rest is "unclassed";
* finds each kept block's **home element** in the page (the smallest element whose letters hold
  the block's letters; ``<script>``, ``<style>``, ``<template>`` and ``<noscript>`` left out) and
  reads the **markup signals** around it: inside a ``<form>``; a ``<button>`` (or
  ``role="button"``, or a submit input beside it); inside a ``<nav>`` or a navigation/menu role;
  inside an ``<aside>``, ``<footer>`` or ``<header>`` outside the page's ``<article>``, or an
  element of role ``complementary``, ``contentinfo``, ``banner``, ``search``, ``dialog``,
  ``alert`` or ``status``; ``aria-hidden``, ``aria-modal`` or ``aria-live`` on it or an ancestor;
  a **link-only block** (nine tenths or more of its letters inside ``<a href>``) whose links all
  point to the page's own site (another page of it) or all to other sites; and a **call to
  action by the page's own controls**: the block's words are a button's, a submit input's, a
  placeholder's or an ``aria-label``'s of the same page (the page's own markup as the
  language data: no phrase list);
* for each signal, as a rule, drops the kept blocks that carry it and re-scores the page
  exactly as ``eval_realworld`` scores it (``score_extraction``): leaks cut and body facts lost
  per group (a lost body fact is listed with ``--lines``);
* prints the **furniture leak count**: the leaks of a furniture kind (not prose, bylines, dates,
  captions, nor unclassed), per 10 whole-body pages, a proposed reading of the aim apart from
  the ground truths' convention.

CPU per page (``time.process_time``) of the markup reading is printed. A development tool: the
dumped groups hold no held-out set (``devhalves_editions`` refuses them).
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
from urllib.parse import urljoin, urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devhalves_editions as dh
import eval_realworld as ev
from second_opinion_screen import leak_class

# Furniture kinds by the line's words, for counting the leaks only (never a rule): the first
# kind whose words the line holds.
KINDS: dict[str, re.Pattern[str]] = {
    "comment form": re.compile(
        r"\b(?:comments?|reply|replies|respond|leave a|your email address will not|required"
        r" fields|kommentar\w*|antwort\w*|comentari\w*|commentaire\w*|répondre|responder|"
        r"commenti?|rispondi)\b",
        re.I,
    ),
    "newsletter": re.compile(
        r"\b(?:newsletters?|subscribe\w*|sign[ -]?up|inbox|e-?mail address|abonn\w*|suscrib\w*|"
        r"inscr\w*|assin\w*|iscriviti)\b",
        re.I,
    ),
    "share/follow": re.compile(
        r"\b(?:share|shares|follow|tweet|facebook|twitter|linkedin|whatsapp|pinterest|"
        r"instagram|youtube|tiktok|telegram|reddit|e-?mail this|print this|teilen|folgen|"
        r"compartir|síguenos|partager|suivez|compartilh\w*|siga|condividi|seguici)\b",
        re.I,
    ),
    "read more/related": re.compile(
        r"\b(?:read more|read also|also read|related|more from|more stories|more on|you may"
        r" also|you might also|recommended|popular|trending|most read|see also|next article|"
        r"previous article|weiterlesen|mehr zum|lesen sie auch|auch interessant|leia também|"
        r"leia mais|lire aussi|à lire|lee también|leer más|más noticias|leggi anche)\b",
        re.I,
    ),
    "notice": re.compile(
        r"\b(?:cookies?|privacy|consent|advertis\w*|sponsored|subscription|subscriber|paywall|"
        r"log ?in|sign ?in|register|terms of|all rights reserved|copyright|anzeige|werbung|"
        r"datenschutz|publicidad|publicité|pubblicità)\b|©",
        re.I,
    ),
    "navigation": re.compile(
        r"\b(?:home|menu|skip to|back to top|next|previous|prev|page \d+|startseite|inicio|"
        r"accueil)\b|[›»>]\s*\w",
        re.I,
    ),
    "tagline/about": re.compile(
        r"\b(?:about us|about the author|about me|our mission|we are a|is a (?:\w+ ){0,3}"
        r"(?:site|magazine|blog|publication|newsletter|podcast|company)|contact us|"
        r"über uns|sobre nosotros|qui sommes|chi siamo|quem somos)\b",
        re.I,
    ),
}
FURNITURE = tuple(KINDS)

_DROP_TAGS = ("script", "style", "template", "noscript")
_LANDMARK_ROLES = {
    "complementary", "contentinfo", "banner", "search", "dialog", "alertdialog", "alert",
    "status",
}  # fmt: skip
_NAV_ROLES = {"navigation", "menu", "menubar", "tablist"}
_SPACE = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SPACE.sub("", text)


def kind_of(text: str, signals: set[str]) -> str:
    for kind, words in KINDS.items():
        if words.search(text):
            return kind
    if "nav" in signals:
        return "navigation"
    return "unclassed"


def _site(url: str) -> str:
    host = (urlparse(url).hostname or "").lower()
    parts = host.split(".")
    return ".".join(parts[-3:] if len(parts) >= 3 and len(parts[-2]) <= 3 else parts[-2:])


class PageMarkup:
    """A page's elements with their letters, to find a block's home element and its signals."""

    def __init__(self, html: str, url: str | None) -> None:
        from lxml import html as lxml_html

        try:
            doc = lxml_html.document_fromstring(html)
        except Exception:  # an empty or broken page: no element, no signal
            doc = None
        self.url = url or ""
        self.elements: list[tuple[Any, str]] = []
        self.controls: set[str] = set()
        if doc is None:
            return
        for el in list(doc.iter(*_DROP_TAGS)):
            el.drop_tree()
        for el in doc.iter():
            if not isinstance(el.tag, str):
                continue
            text = _squash(el.text_content())
            if text:
                self.elements.append((el, text))
            tag = el.tag.lower()
            labels = [el.get("aria-label") or "", el.get("placeholder") or ""]
            if tag == "button" or el.get("role") == "button":
                labels.append(el.text_content())
            if tag == "input" and (el.get("type") or "").lower() in ("submit", "button"):
                labels.append(el.get("value") or "")
            for label in labels:
                k = _squash(label).casefold()
                if len(k) >= 4:
                    self.controls.add(k)

    def home(self, text: str) -> Any | None:
        k = _squash(text)
        best = None
        for el, t in self.elements:
            if k in t and (best is None or len(t) < len(best[1])):
                best = (el, t)
        return best[0] if best else None

    def signals(self, text: str) -> set[str]:
        el = self.home(text)
        out: set[str] = set()
        if _squash(text).casefold() in self.controls:
            out.add("control words")
        if el is None:
            out.add("not found")
            return out
        chain = [el, *el.iterancestors()]
        in_article = any(a.tag in ("article", "main") for a in chain if isinstance(a.tag, str))
        for a in chain:
            if not isinstance(a.tag, str):
                continue
            tag, role = a.tag.lower(), (a.get("role") or "").lower()
            if tag == "form":
                out.add("form")
            if tag == "button" or role == "button":
                out.add("button")
            if tag == "nav" or role in _NAV_ROLES:
                out.add("nav")
            if role in _LANDMARK_ROLES or (tag in ("aside", "footer", "header") and not in_article):
                out.add("landmark")
            if (
                (a.get("aria-hidden") or "").lower() == "true"
                or a.get("aria-modal")
                or a.get("aria-live")
            ):
                out.add("aria")
        parent = el.getparent()
        around = parent if parent is not None else el
        if around.xpath(".//button|.//input[@type='submit' or @type='button']"):
            out.add("button")
        letters = len(_squash(el.text_content()))
        anchors = el.xpath("descendant-or-self::a[@href]")
        linked = sum(len(_squash(a.text_content())) for a in anchors)
        if letters and anchors and linked >= 0.9 * letters:
            own = _site(self.url)
            sites = {_site(urljoin(self.url, a.get("href") or "")) for a in anchors}
            if own and sites == {own}:
                out.add("link-only, own site")
            elif own and own not in sites:
                out.add("link-only, other sites")
        return out


RULES: dict[str, Callable[[set[str]], bool]] = {
    "inside a <form>": lambda s: "form" in s,
    "a <button> on or beside it": lambda s: "button" in s,
    "inside <nav> or a navigation role": lambda s: "nav" in s,
    "landmark (aside/footer/header outside the article, or its role)": lambda s: "landmark" in s,
    "aria-hidden / aria-modal / aria-live": lambda s: "aria" in s,
    "link-only block, links to its own site": lambda s: "link-only, own site" in s,
    "link-only block, links to other sites": lambda s: "link-only, other sites" in s,
    "its words a control's of the page (button, input, placeholder, aria-label)": lambda s: (
        "control words" in s
    ),
    "form, button or nav": lambda s: bool(s & {"form", "button", "nav"}),
    "form or button, and control words": lambda s: (
        bool(s & {"form", "button"}) and "control words" in s
    ),
}


def _score(page: ev.Page, blocks: list[tuple[str, str]]) -> tuple[int, int]:
    run = ev.PageRun(page, ev.Extraction(None, blocks), ev.Extraction(None, []))
    ev.score_extraction(run.ours, page, "ours", run)
    return run.counts["ours_tp"], run.counts["ours_fp"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("editions", type=Path, help="devhalves_editions.py's dump")
    parser.add_argument("--lines", action="store_true", help="list every leak and lost fact")
    args = parser.parse_args(argv)
    dump = json.loads(args.editions.read_text(encoding="utf-8"))
    stamp = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    print(f"# furniture_screen  {stamp}  python {platform.python_version()}")
    print(f"# editions {args.editions.name}")
    for half, data in dump.items():
        pages: dict[str, ev.Page] = {}
        for name in dh.HALVES[half]:
            for page in ev.development_pages(name, parser):
                pages.setdefault(page.id, page)
        c: Counter[str] = Counter()
        kinds: Counter[str] = Counter()
        sig_by_kind: Counter[str] = Counter()
        examples: dict[str, list[str]] = {}
        lines_out: list[str] = []
        cpu = 0.0
        whole = 0
        for pid, ed in data["pages"].items():
            page = pages[pid]
            blocks = [(k, t) for k, t in ed["blocks"]]
            t0 = time.process_time()
            markup = PageMarkup(page.html(), page.url)
            signals = [markup.signals(t) for _, t in blocks]
            cpu += time.process_time() - t0
            tp0, fp0 = _score(page, blocks)
            c["tp"] += tp0
            c["fp"] += fp0
            expected = page.expected_text()
            if expected:
                whole += 1
                exp_key = ev.key(expected)
                for (_, t), s in zip(blocks, signals, strict=True):
                    if len(t.split()) >= 4 and ev.key(t) not in exp_key:
                        cls = leak_class(t)
                        kinds[f"class {cls}"] += 1
                        if cls != "other":
                            continue
                        kind = kind_of(t, s)
                        kinds[kind] += 1
                        for sig in s:
                            sig_by_kind[f"{kind}\x00{sig}"] += 1
                        examples.setdefault(kind, []).append(f"{pid}: {t[:100]!r}")
                        lines_out.append(f"  {pid} [{kind}; {', '.join(sorted(s))}] {t[:110]!r}")
            for rule, drop in RULES.items():
                kept = [b for b, s in zip(blocks, signals, strict=True) if not drop(s)]
                tp, fp = _score(page, kept)
                c[f"{rule}: facts lost"] += tp0 - tp
                c[f"{rule}: leaks cut"] += fp0 - fp
                c[f"{rule}: blocks dropped"] += len(blocks) - len(kept)
                if args.lines and tp < tp0:
                    gone = [b[1] for b, s in zip(blocks, signals, strict=True) if drop(s)]
                    for t in gone:
                        if ev.key(t) in ev.key(expected or "") or not expected:
                            lines_out.append(f"  LOST by {rule!r}: {pid}: {t[:110]!r}")
        n = max(1, len(data["pages"]))
        print(
            f"\n== {half}: {len(data['pages'])} pages ({whole} with a whole expected body),"
            f" body facts found {c['tp']}, leaks {c['fp']}"
        )
        by_class = [(k.removeprefix("class "), v) for k, v in sorted(kinds.items())]
        print("  leaked lines (4+ words) by class: " + ", ".join(
            f"{k} {v}" for (k, v), full in zip(by_class, sorted(kinds), strict=True)
            if full.startswith("class ")
        ))  # fmt: skip
        other = kinds["class other"]
        print(f"  'other' leaks by furniture kind ({other}):")
        for kind in (*FURNITURE, "unclassed"):
            sigs = ", ".join(
                f"{k.split(chr(0))[1]} {v}"
                for k, v in sorted(sig_by_kind.items())
                if k.split("\x00")[0] == kind
            )
            print(f"    {kind:18} {kinds[kind]:4}  markup: {sigs or '-'}")
            for ex in examples.get(kind, [])[:4]:
                print(f"        e.g. {ex}")
        furniture = sum(kinds[k] for k in FURNITURE)
        print(
            f"  furniture leaks (a kind named, prose/bylines/dates/captions/unclassed left out):"
            f" {furniture} ({10 * furniture / max(1, whole):.2f} per 10 whole-body pages);"
            f" 'other' {other} ({10 * other / max(1, whole):.2f})"
        )
        for rule in RULES:
            lost, cut = c[f"{rule}: facts lost"], c[f"{rule}: leaks cut"]
            dropped = c[f"{rule}: blocks dropped"]
            print(
                f"  rule {rule:75} leaks cut {cut:4}  body facts lost {lost:4}  blocks {dropped:5}"
            )
        print(f"  CPU a page (markup reading): {1000 * cpu / n:.1f} ms")
        if args.lines:
            print("\n".join(lines_out))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
