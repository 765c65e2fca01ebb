"""Do-no-harm evaluation of the glossary on real news pages (issue 14), real embedded engine.

    python benchmarks/bench_glossary.py --harm [--pages DIR] [--feeds DIR] [--save]

Every English news page of the real-world corpus (``tests/data/realworld/pages``: pages from
the trafilatura and newspaper4k test suites, see its NOTICE.md) and every item of its real
feeds (``tests/data/realworld/feeds``: RSS, Atom and JSON Feed files from feed parsers' test
suites; an item is its title and its summary or content as text, English sentences only) is
read, stripped and split as ``translate run`` does, and each sentence is translated to pt-BR
twice: by the bare engine,
and by the pipeline's glossary path (canonical names in, verification and repair out, the
placeholder fallback on). A sentence is **harmed** when the glossary's output names a
glossary entry that neither the source (as a listed form, acronyms in capitals) nor the bare
output names, or carries a capitalised word that neither of them has and that is no form of
an entry the source names. Every sentence the glossary changed is listed for review.
"""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "data" / "realworld" / "pages"
FEEDS = ROOT / "tests" / "data" / "realworld" / "feeds"
LOCALE = "pt-BR"


def english_news(folder: Path) -> list[tuple[str, Path]]:
    out = []
    for meta in sorted(folder.glob("*.json")):
        data = json.loads(meta.read_text(encoding="utf-8"))
        if data.get("language") == "en" and data.get("kind") == "news":
            out.append((data["id"], folder.parent / data["file"]))
    return out


def feed_items(folder: Path) -> list[tuple[str, str]]:
    """(id, text) of every item of every feed under ``folder``: title, then summary/content."""
    from translate.feeds.reader import FeedReader, text_of_html

    out = []
    for path in sorted(folder.iterdir()):
        if path.name.endswith(".facts.json") or not path.is_file():
            continue
        pairs: list[tuple[str, str]] = []
        if path.suffix == ".json":  # JSON Feed (the reader takes XML feeds only)
            data = json.loads(path.read_text(encoding="utf-8"))
            for item in data.get("items", []):
                html = item.get("content_html") or item.get("summary") or ""
                body = text_of_html(html) if html else item.get("content_text", "")
                pairs.append((item.get("title") or "", body or ""))
        else:
            try:
                items = list(FeedReader(path))
            except Exception:
                continue
            pairs = [(item.title or "", text_of_html(item.content or item.summary or ""))
                     for item in items]
        for n, (title, body) in enumerate(pairs, 1):
            text = "\n\n".join(t.strip() for t in (title, body) if t and t.strip())
            if text:
                out.append((f"feed:{path.name}#{n}", text))
    return out


def _segments(page: Path | None, text: str | None = None) -> list[Any]:
    import tempfile

    from translate.pipeline import prepare
    from translate.read import read_article

    with tempfile.TemporaryDirectory() as tmp:
        if page is not None:
            path = Path(tmp) / (page.name.removesuffix(".gz"))
            path.write_bytes(gzip.decompress(page.read_bytes()))
        else:
            path = Path(tmp) / "item.txt"
            path.write_text(text or "", encoding="utf-8")
        try:
            prepared = prepare(read_article(path))
        except Exception:
            return []
    return [s for s in prepared.segments if s.source.strip() and s.lang == "en"]


def _names_in(text: str, glossary: Any, strict: bool) -> set[str]:
    """Entry ids a text names: in a source, listed forms only (``strict``); in a
    Portuguese output, any form of the entry the edition could show."""
    from translate.glossary.match import _is_acronym
    from translate.glossary.normalize import tokenize

    tokens = tokenize(text)
    keys = [t.key for t in tokens]
    found = set()
    index = _forms_index(glossary)
    for i in range(len(tokens)):
        for n in range(1, min(13, len(tokens) - i + 1)):
            seq = tuple(keys[i : i + n])
            for entry, form in index.get(seq, ()):
                surface = text[tokens[i].start : tokens[i + n - 1].end]
                if _is_acronym(form) and "".join(c for c in surface if c.isalpha()) != \
                        "".join(c for c in form if c.isalpha()):
                    continue
                if strict and not surface[:1].isupper():
                    continue
                found.add(entry)
    return found


_INDEX: dict[str, dict[tuple[str, ...], list[tuple[str, str]]]] = {}


def _forms_index(glossary: Any) -> dict[tuple[str, ...], list[tuple[str, str]]]:
    from translate.glossary.forms import accepted_forms, target_form
    from translate.glossary.normalize import token_keys

    cached = _INDEX.get(glossary.hash)
    if cached is not None:
        return cached
    index: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for entry in glossary:
        forms = {entry.name, *entry.aliases, *entry.deprecated, target_form(entry, LOCALE),
                 *(f for f in accepted_forms(entry, "pt") if f[:1].isupper())}
        for form in forms:
            keys = token_keys(form)
            if keys and not (len(keys) == 1 and len(keys[0]) < 2):
                index.setdefault(keys, []).append((entry.id, form))
    _INDEX[glossary.hash] = index
    return index


def _capitalised(text: str) -> set[str]:
    from translate.glossary.normalize import tokenize

    out = set()
    for t in tokenize(text):
        before = text[: t.start].rstrip(" \"“‘'«(")
        if t.text[:1].isupper() and before and before[-1] not in ".!?:":
            out.add(t.key)
    return out


def _all_keys(text: str) -> set[str]:
    from translate.glossary.normalize import tokenize

    return {t.key for t in tokenize(text)}


def judge(source: str, bare: str, out: str, glossary: Any) -> list[str]:
    """Why ``out`` is harmed (empty when it is not)."""
    from translate.glossary.forms import target_form
    from translate.glossary.normalize import token_keys

    if out == bare:
        return []
    why = []
    named_src = _names_in(source, glossary, strict=True)
    named_bare = _names_in(bare, glossary, strict=False)
    for entry in sorted(_names_in(out, glossary, strict=False) - named_src - named_bare):
        why.append(f"names {entry}, which neither the source nor the bare engine names")
    allowed = _all_keys(source) | _all_keys(bare)
    for eid in named_src:
        entry = glossary.get(eid)
        allowed.update(token_keys(target_form(entry, LOCALE)))
        allowed.update(token_keys(entry.name))
    new = sorted(_capitalised(out) - allowed)
    if new:
        why.append(f"new capitalised words {new}")
    return why


def copied_and_rewritten(source: str, bare: str, out: str) -> list[str]:
    """Capitalised words the bare engine copied from the source as they stand and the
    glossary's output no longer has ("Deutschland" of a German title, "US" of "US$25"):
    not harm by themselves (Madrid -> Madri is right), listed for review."""
    from translate.glossary.normalize import tokenize

    src = {t.text for t in tokenize(source)}
    kept = {t.text for t in tokenize(out)}
    return sorted({t.text for t in tokenize(bare)
                   if t.text[:1].isupper() and t.text in src and t.text not in kept})


def harm_benchmark(save: bool, pages_dir: Path | None = None,
                   feeds_dir: Path | None = None) -> dict[str, Any]:
    from bench_glossary import _header

    from translate.engines.embedded import EmbeddedEngine
    from translate.glossary import MentionContext, load_glossary
    from translate.protect import protect_segments, restore_segments

    folder = pages_dir or PAGES
    feeds = feeds_dir or FEEDS
    pages: list[tuple[str, Path | str]] = list(english_news(folder))
    if not pages:
        raise SystemExit(f"no English news pages under {folder}")
    pages += feed_items(feeds) if feeds.is_dir() else []
    glossary = load_glossary()
    engine = EmbeddedEngine()
    cache: dict[str, str] = {}

    def mt(texts: Sequence[str]) -> list[str]:
        todo = [t for t in dict.fromkeys(texts) if t not in cache]
        if todo:
            for t, o in zip(todo, engine.translate(todo, "en", "pt"), strict=True):
                cache[t] = o
        return [cache[t] for t in texts]

    def rel(p: Path) -> Path:
        return p.relative_to(ROOT) if p.is_relative_to(ROOT) else p

    lines = [_header(), "# python benchmarks/bench_glossary.py --harm "
             f"(pages: {rel(folder)}; feeds: {rel(feeds)})", ""]
    totals = {"pages": 0, "items": 0, "sentences": 0, "mentions": 0, "changed": 0,
              "harmed": 0, "repaired": 0, "flagged": 0, "copied": 0}
    changed_rows: list[str] = []
    harmed_rows: list[str] = []
    flag_rows: list[str] = []
    started = time.perf_counter()
    for page_id, where in pages:
        segs = _segments(where) if isinstance(where, Path) else _segments(None, where)
        if not segs:
            continue
        totals["items" if page_id.startswith("feed:") else "pages"] += 1
        totals["sentences"] += len(segs)
        bare = mt([s.source for s in segs])
        prepared = protect_segments(segs, glossary, LOCALE, "en", context=MentionContext())
        first = mt(prepared.texts)
        result = restore_segments(prepared, first, retranslate=mt)
        report = result.report
        totals["mentions"] += report["mentions"]
        totals["repaired"] += report["repaired"]
        totals["flagged"] += sum(1 for f in result.all_findings if f.severity != "info")
        by_id = {s.id: (s, o) for s, o in zip(segs, result.targets, strict=True)}
        for f in result.all_findings:
            if f.severity != "info":
                seg, out = by_id.get(f.segment or "", (None, ""))
                flag_rows.append(f"[{page_id} {f.segment}] {f.severity}: {f.message}\n"
                                 f"    source: {seg.source if seg else ''}\n    output: {out}")
        for seg, b, out, terms in zip(segs, bare, result.targets, result.terms, strict=True):
            if out == b:
                continue
            totals["changed"] += 1
            why = judge(seg.source, b, out, glossary)
            copied = copied_and_rewritten(seg.source, b, out)
            totals["copied"] += bool(copied)
            acts = "; ".join(f"{t['surface']}->{t['expected']} {t['status']}"
                             f"{' ' + ','.join(t['actions']) if t['actions'] else ''}"
                             for t in terms)
            note = f" (review: rewrote {copied}, copied from the source)" if copied else ""
            row = (f"[{page_id} {seg.id}] {'HARM ' + ' / '.join(why) if why else 'ok'}{note}\n"
                   f"    source: {seg.source}\n    bare:   {b}\n    output: {out}\n"
                   f"    names:  {acts}")
            changed_rows.append(row)
            if why:
                totals["harmed"] += 1
                harmed_rows.append(row)
    seconds = time.perf_counter() - started
    lines.append("pages  feed items  sentences  mentions  repaired  flagged  changed  "
                 "rewrote copied  harmed")
    lines.append(f"{totals['pages']:>5}  {totals['items']:>10}  {totals['sentences']:>9}  "
                 f"{totals['mentions']:>8}  "
                 f"{totals['repaired']:>8}  {totals['flagged']:>7}  {totals['changed']:>7}  "
                 f"{totals['copied']:>14}  {totals['harmed']:>6}")
    lines.append("(rewrote copied: sentences where the glossary replaced a capitalised word the "
                 "bare engine had copied from the source, e.g. Madrid -> Madri; listed below "
                 "for review, not counted as harm)")
    lines.append(f"\n{seconds:.0f} s (machine shared with other jobs)")
    lines.append("\nharmed sentences:" if harmed_rows else "\nharmed sentences: none")
    lines += harmed_rows
    lines.append("\nevery sentence the glossary changed (for review):")
    lines += changed_rows or ["  (none)"]
    lines.append("\nevery flag (warning or error finding; for review):")
    lines += flag_rows or ["  (none)"]
    text = "\n".join(lines)
    print(text)
    if save:
        out = ROOT / "benchmarks" / "results"
        out.mkdir(parents=True, exist_ok=True)
        (out / "glossary-harm.txt").write_text(text + "\n", encoding="utf-8")
    return totals
