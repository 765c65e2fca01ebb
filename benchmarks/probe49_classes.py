"""probe49: count the classes of what went wrong in a sweep of the court reports
(`benchmarks/run_probe49_sweep.py OUT`), from its editions and rows.

    python benchmarks/probe49_classes.py OUT [--items FILE]

Counted per edition of `translate run` (36: 18 articles x pt-BR, pt-PT) and of the service:
- held: editions marked for blocking findings, by the checks that blocked them;
- dateline lost: a sentence opening with a news dateline ("Miami – February 6, 2025 – ...",
  "Miami, November 12, 2025 – ...", "SANTA ANA – ...") whose target lacks its place or its day;
- figure missing in a published edition: a run of digits of the source (thousands separators
  removed) absent from the target of an edition published unmarked (to read: a number written
  in words or a localized date is no loss);
- legal "count" as a nobleman: "Count(s)" of a charge written "Conde(s)"/"Condessa(s)";
- bare dollar in pt-BR: "$" before a figure in a pt-BR target ("US$" in pt-BR, CLDR);
- advisory label mistranslated: "WHO:", "WHAT:", "WHEN:", "WHERE:" not as "QUEM", "O QUÊ",
  "QUANDO", "ONDE" ("WHO:" came out "A OMS:", the World Health Organization);
- list items and headings lost: a Markdown edition with fewer "- " items or "#" headings than
  its source.
Item lines go to --items FILE (a development set: they may be read); stdout has the summary.
"""
from __future__ import annotations

import collections
import glob
import json
import re
import sys
from pathlib import Path

MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
         r"December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
DATELINE = re.compile(
    r"(?P<place>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3})(?:, [A-Z]\w+)?"
    rf"(?:,? (?:\u2013 |\u2014 |- )?{MONTH} (?P<day>\d{{1,2}})(?:, ?\d{{4}})?)?"
    r"[ \u00a0]+[\u2013\u2014-][ \u00a0]+(?=[A-Z\"\u201c])")
DIGITS = re.compile(r"\d[\d,]*")
COUNT_SRC = re.compile(r"\bCounts?\b")
COUNT_NOBLE = re.compile(r"\bConde(?:s|ssa|ssas)?\b")
BARE_DOLLAR = re.compile(r"(?<![A-Z])\$\s?\d")
# a media advisory's labels and their Portuguese ("WHO:" came out "A OMS:", "WHERE:" "AQUI:")
LABELS = {"WHO:": "QUEM", "WHAT:": "O QU", "WHEN:": "QUANDO", "WHERE:": "ONDE"}


def _runs(text: str) -> list[str]:
    return [m.group().replace(",", "") for m in DIGITS.finditer(text)]


def main() -> None:
    out = Path(sys.argv[1])
    items_path = sys.argv[sys.argv.index("--items") + 1] if "--items" in sys.argv else None
    items: list[str] = []
    counts: collections.Counter[str] = collections.Counter()
    blocked_by: collections.Counter[str] = collections.Counter()
    published: set[str] = set()
    for p in sorted(glob.glob(str(out / "run-out" / "*.json"))):
        raw = Path(p).read_text(encoding="utf-8").split("\n---\n")[0]
        try:
            arts = json.loads(raw)
        except ValueError:
            continue
        for art in arts:
            for e in art.get("editions", []):
                act = (e.get("policy") or {}).get("action")
                name = Path(p).stem + "." + str(e.get("locale"))
                counts["editions"] += 1
                if act == "published":
                    published.add(name)
                    continue
                counts["held"] += 1
                ed_json = out / "run" / f"{name}.json"
                findings = (json.loads(ed_json.read_text(encoding="utf-8")).get("findings", [])
                            if ed_json.is_file() else [])
                checks = sorted({str(f["check"]) for f in findings
                                 if f.get("severity") in ("error", "blocking")})
                blocked_by.update(checks)
                items.append(f"held {name}: {', '.join(checks)}")
    rows = [json.loads(ln) for ln in (out / "rows.jsonl").read_text(encoding="utf-8").splitlines()]
    for r in rows:
        if "source" not in r:
            continue
        ed = r["edition"]
        skin = "serve" if ed.startswith("serve") else "run"
        src, tgt = r["source"], r["target"]
        m = DATELINE.match(src)
        if m:
            counts[f"{skin}: datelines"] += 1
            word = re.escape(m.group("place").split()[0])  # "Miami", not "Miami-Dade"
            place_kept = re.search(rf"(?<![\w-]){word}(?![\w-])", tgt, re.I) is not None
            day = m.group("day")
            day_kept = day is None or re.search(rf"(?<!\d){day.lstrip('0')}(?!\d)", tgt)
            if not (place_kept and day_kept):
                counts[f"{skin}: dateline lost"] += 1
                items.append(f"dateline lost {ed} {r['seg']}: {src[:80]!r} -> {tgt[:80]!r}")
        if COUNT_SRC.search(src) and COUNT_NOBLE.search(tgt):
            counts[f"{skin}: legal count as a nobleman"] += 1
            items.append(f"count {ed} {r['seg']}: {src[:60]!r} -> {tgt[:60]!r}")
        if src in LABELS and LABELS[src] not in tgt.upper():
            counts[f"{skin}: advisory label mistranslated (WHO: -> A OMS:)"] += 1
            items.append(f"label {ed} {r['seg']}: {src!r} -> {tgt!r}")
        if r.get("locale") == "pt-BR" and BARE_DOLLAR.search(tgt):
            counts[f"{skin}: bare dollar in pt-BR"] += 1
        name = Path(ed).name.removesuffix(".json")
        if skin == "run" and name in published:
            tgt_runs = set(_runs(re.sub(r"(?<=\d)[.\u00a0\u202f ](?=\d{3})", "", tgt)))
            lost = [d for d in _runs(src) if d not in tgt_runs]
            if lost:
                counts["run: figure missing in a published edition (to read)"] += 1
                items.append(f"figure {ed} {r['seg']}: {lost} | {src[:100]!r} -> {tgt[:100]!r}")
    for md in sorted(glob.glob(str(out / "run" / "*.md"))):
        stem = Path(md).name.split(".")[0]
        src = Path(__file__).resolve().parent / "data" / "probe49_court" / f"{stem}.md"
        if not src.is_file():
            continue
        s, t = src.read_text(encoding="utf-8"), Path(md).read_text(encoding="utf-8")
        for kind, pat in (("list items", r"(?m)^- "), ("headings", r"(?m)^#+ ")):
            if len(re.findall(pat, t)) < len(re.findall(pat, s)):
                counts[f"run: {kind} lost"] += 1
                items.append(f"{kind} lost {md}")
    for k in sorted(counts):
        print(f"{k}: {counts[k]}")
    print("held, by blocking check:", dict(sorted(blocked_by.items())))
    if items_path:
        Path(items_path).write_text("\n".join(items) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
