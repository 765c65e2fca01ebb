"""probe51: count the classes of what went wrong in a sweep of the disaster reports
(`benchmarks/run_probe51_sweep.py OUT`), from its editions.

    python benchmarks/probe51_classes.py OUT [--items FILE]

Per edition of `translate run` (36: 18 articles x pt-BR, pt-PT), of the other direction
(`back`: the pt-BR Markdown editions into English) and of the service (`serve/pass1`):
- held: editions marked for blocking findings, by check, and the blocking findings of the three
  false kinds probe51 read ("'24 horas': the source names no hours" for "around the clock",
  "'Major' is written 'Maior'" for a "Major Disaster Declaration", "não" added for "unmet");
- emphasis markers published: Markdown editions whose text shows escaped asterisks ("\\*") or
  that have fewer "**" pairs than the source; HTML editions with literal "**" the source's HTML
  does not have;
- links, headings and list items lost against the source (Markdown: "](", "#", "- "; HTML:
  "<a ", "<h", "<li");
- localization: an English month name, "percent", a bare "$" before a figure, a decimal point
  between digits ("1.6 milhão") in a Portuguese target; imperial units kept as written (acres,
  miles, gallons, pounds, feet, mph, degrees Fahrenheit: counted, not converted by design);
- figure missing in a published edition: a run of digits of the source (separators removed)
  absent from the target (to read: a number in words is no loss);
- a name the engine added (a "names" warning "the engine added a name").
Item lines go to --items FILE (a development set: they may be read); stdout has the summary.
"""
from __future__ import annotations

import collections
import glob
import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "probe51_disaster"
MONTHS = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|"
                    r"October|November|December)\b")
BARE_DOLLAR = re.compile(r"(?<![A-Z])\$\s?\d")
DECIMAL_POINT = re.compile(r"(?<![\d.,])\d{1,3}\.\d{1,2}(?![\d.,])")
IMPERIAL = re.compile(r"\b(?:acres?|miles?|milhas|gal(?:lons|ões|ão)|pounds|libras|feet|pés|mph|"
                      r"Fahrenheit|°F)\b", re.I)
# a figure: digits with their separators (a no-break space groups pt-PT's thousands); a clock
# time ("8 a.m.", written "08:00" or "20:00") is the time checks' and left out
DIGITS = re.compile(r"(?<![\d:])\d(?:[\d,.]|[\u00a0\u202f](?=\d{3}))*(?![\d:]|\s?[ap]\.m\.)")
FALSE_KINDS = {"around the clock ('24 horas' names no hours / 24 not in the source)":
               re.compile(r"'24 horas'|number '24'"),
               "'Major' written 'Maior' (a title word)": re.compile(r"'Major' is written"),
               "negation added for 'unmet'": re.compile(r"says 'não' and the source has no")}


def _runs(text: str) -> set[str]:
    return {re.sub(r"\D", "", m.group()).lstrip("0") for m in DIGITS.finditer(text)} - {""}


def _pairs(text: str) -> int:
    return len(re.findall(r"\*\*", text)) // 2


def _editions(out: Path) -> list[tuple[str, str, dict]]:
    eds = []
    for p in sorted(glob.glob(str(out / "run" / "*.json"))):
        eds.append(("run", Path(p).name, json.loads(Path(p).read_text(encoding="utf-8"))))
    for p in sorted(glob.glob(str(out / "back" / "*.json"))):
        eds.append(("back", Path(p).name, json.loads(Path(p).read_text(encoding="utf-8"))))
    for p in sorted(glob.glob(str(out / "serve" / "pass1" / "*.json"))):
        ans = json.loads(Path(p).read_text(encoding="utf-8"))
        for e in (ans.get("editions") or []):
            d = e.get("edition", e) if isinstance(e, dict) else {}
            if isinstance(d, dict) and "blocks" in d:
                eds.append(("serve", f"{Path(p).stem}.{d.get('locale')}", d))
    return eds


def main() -> None:
    out = Path(sys.argv[1])
    items_path = sys.argv[sys.argv.index("--items") + 1] if "--items" in sys.argv else None
    items: list[str] = []
    c: collections.Counter[str] = collections.Counter()
    by_check: collections.Counter[str] = collections.Counter()
    for skin, name, d in _editions(out):
        c[f"{skin}: editions"] += 1
        errors = [f for f in d.get("findings", []) if f.get("severity") in ("error", "blocking")]
        if errors:
            c[f"{skin}: editions held (blocking findings)"] += 1
            by_check.update(f"{skin} {f['check']}" for f in errors)
            items.append(f"held {skin} {name}: " + " | ".join(
                f"{f['check']} {f['message'][:90]}" for f in errors))
        for f in errors:
            for kind, pat in FALSE_KINDS.items():
                if pat.search(f["message"]):
                    c[f"{skin}: false hold: {kind}"] += 1
        for f in d.get("findings", []):
            if "the engine added a name" in f.get("message", ""):
                c[f"{skin}: name added by the engine (warning)"] += 1
                items.append(f"added {skin} {name}: {f['message'][:120]}")
        if skin == "back":
            continue
        for b in d.get("blocks", []):
            for s in b.get("segments", []):
                src, tgt = s["source"], s["target"]
                if MONTHS.search(tgt) and MONTHS.search(src):
                    c[f"{skin}: English month left in the target"] += 1
                    items.append(f"month {skin} {name}: {tgt[:100]!r}")
                if re.search(r"\bpercent\b", tgt):
                    c[f"{skin}: 'percent' left in the target"] += 1
                if BARE_DOLLAR.search(tgt):
                    c[f"{skin}: bare '$' before a figure (warned)"] += 1
                    items.append(f"dollar {skin} {name}: {tgt[:100]!r}")
                if DECIMAL_POINT.search(tgt) and not DECIMAL_POINT.search(src.replace(",", "")):
                    c[f"{skin}: decimal point in a Portuguese number"] += 1
                    items.append(f"decimal {skin} {name}: {tgt[:100]!r}")
                if IMPERIAL.search(src):
                    c[f"{skin}: segments with an imperial unit (kept as written)"] += 1
                if not errors:
                    lost = _runs(src) - _runs(tgt)
                    if lost:
                        c[f"{skin}: figure missing in a published edition (to read)"] += 1
                        items.append(f"figure {skin} {name} {s['id']}: {sorted(lost)} | "
                                     f"{src[:90]!r} -> {tgt[:90]!r}")
    for ed in sorted(glob.glob(str(out / "run" / "*.pt-??.md"))):
        stem = Path(ed).name.split(".")[0]
        src_md, src_html = DATA / f"{stem}.md", DATA / f"{stem}.html"
        t = Path(ed).read_text(encoding="utf-8")
        c["run: Markdown editions"] += 1
        if src_md.is_file():
            s = src_md.read_text(encoding="utf-8")
            if "\\*" in t:
                c["run: Markdown editions showing escaped asterisks"] += 1
                items.append(f"escaped {Path(ed).name}: {t.count(chr(92) + '*')}")
            if _pairs(t) < _pairs(s):
                c["run: Markdown editions with fewer '**' pairs than the source"] += 1
            for kind, pat in (("links", r"\]\("), ("headings", r"(?m)^#+ "),
                              ("list items", r"(?m)^\s*[-*] ")):
                if len(re.findall(pat, t)) < len(re.findall(pat, s)):
                    c[f"run: Markdown editions that lost {kind}"] += 1
                    items.append(f"{kind} lost {Path(ed).name}")
        elif src_html.is_file():
            s = src_html.read_text(encoding="utf-8")
            if t.count("\\*") > 0 and "**" not in s:
                c["run: Markdown editions of HTML sources showing escaped asterisks"] += 1
    for ed in sorted(glob.glob(str(out / "run" / "*.pt-??.html"))):
        stem = Path(ed).name.split(".")[0]
        src = DATA / f"{stem}.html"
        if not src.is_file():
            continue
        s, t = src.read_text(encoding="utf-8"), Path(ed).read_text(encoding="utf-8")
        c["run: HTML editions"] += 1
        for kind, pat in (("links", r"<a\s"), ("headings", r"<h[1-6][\s>]"),
                          ("list items", r"<li[\s>]"), ("strong", r"<strong[\s>]")):
            if len(re.findall(pat, t)) < len(re.findall(pat, s)):
                c[f"run: HTML editions that lost {kind}"] += 1
                items.append(f"{kind} lost {Path(ed).name}")
    for k in sorted(c):
        print(f"{k}: {c[k]}")
    print("blocking findings by skin and check:", dict(sorted(by_check.items())))
    if items_path:
        Path(items_path).write_text("\n".join(items) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
