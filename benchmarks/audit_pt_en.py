"""Do-no-harm audit of the pipeline's rewrite stages in the embedded pt->en direction.

    python benchmarks/audit_pt_en.py [--show]

``--show`` lists each rewrite and each blocking finding (source and target), to be read: an
engine error or a false alarm.

The other embedded direction (en->pt) is what the real-world corpus and the facts sets measure;
this one had no measure. Input: every distinct real sentence of the facts sets' Portuguese
side (``benchmarks/data/facts_heldout{,_b,_c,_d,_e}.jsonl``, ``kind == "real"``: the embedded
engine's Portuguese for real English news sentences) plus the Portuguese pages of the
real-world corpus sets ``heldout`` and ``heldout_c`` (Folha de S.Paulo, one more), run through
``translate run --from pt --to en``
in a temporary home (no cache). Printed: how many times each stage rewrote the engine's output
(untranslatable tokens put back, localize kinds, glossary repairs, spelling) and the blocking
findings by check. Each rewrite is listed with ``--show`` for review.

The 520 sentences were used to find and fix the false alarms of 2026-12-03 (the pelo-menos
minus, Portuguese decades, "novos" as a currency, exonyms put back): a development set.
"""

from __future__ import annotations

import collections
import gzip
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
REALWORLD = ROOT / "tests" / "data" / "realworld"
# fixed inputs, so that runs compare: the facts sets and corpus sets of 2026-12-03 (later sets,
# held out for other measures, stay out)
SETS = ("", "_b", "_c", "_d", "_e")
PAGE_SETS = ("heldout", "heldout_c")


def sentences() -> list[str]:
    seen: dict[str, None] = {}
    for name in (DATA / f"facts_heldout{s}.jsonl" for s in SETS):
        for line in name.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = str(row.get("engine") or "").strip()
            if row.get("kind") == "real" and text:
                seen.setdefault(text)
    return list(seen)


def pages() -> list[Path]:
    out = []
    metas = [p for folder in PAGE_SETS for p in (REALWORLD / folder / "pages").glob("*.json")]
    for meta in sorted(metas):
        data = json.loads(meta.read_text(encoding="utf-8"))
        if str(data.get("language", "")).startswith("pt"):
            page = meta.with_name(meta.name.removesuffix(".json") + ".html.gz")
            if page.is_file():
                out.append(page)
    return out


def run(inputs: list[Path], out: Path, home: Path) -> list[dict]:
    env = {**os.environ, "HOME": str(home), "TRANSLATE_HOME": str(home / "t")}
    cmd = [sys.executable, "-m", "translate", "run", *map(str, inputs), "--from", "pt",
           "--to", "en", "--out", str(out), "--format", "json", "--on-findings", "publish",
           "--no-cache"]  # fmt: skip
    subprocess.run(cmd, env=env, capture_output=True, check=False, timeout=1800)
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.json"))]


def main(argv: list[str]) -> int:
    show = "--show" in argv
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        text = folder / "facts-sentences.txt"
        sents = sentences()
        text.write_text("\n\n".join(sents) + "\n", encoding="utf-8")
        inputs = [text]
        for page in pages():
            html = folder / page.name.removesuffix(".gz")
            html.write_bytes(gzip.decompress(page.read_bytes()))
            inputs.append(html)
        editions = run(inputs, folder / "out", folder / "home")
    rewrites: collections.Counter[str] = collections.Counter()
    blocking: collections.Counter[str] = collections.Counter()
    listed: list[str] = []
    held: list[str] = []
    segments = 0
    for ed in editions:
        segs = {s["id"]: s for b in ed["blocks"] for s in b["segments"]}
        segments += len(segs)
        reports = ed.get("reports", {})
        for change in reports.get("untranslatable", {}).get("changes", []):
            if change.get("rule") == "untranslatable":
                rewrites["untranslatable token put back"] += 1
                listed.append(f"untranslatable {change['from']!r} -> {change['to']!r}")
        for sid, changes in reports.get("localize", {}).get("changes", {}).items():
            for c in changes:
                if c["kind"] in ("date", "month", "weekday", "number", "percent"):
                    rewrites[f"localize {c['kind']}"] += 1
                    listed.append(f"localize {c['kind']} {c['before']!r} -> {c['after']!r}"
                                  f" | {segs.get(sid, {}).get('source', '')[:90]}")  # fmt: skip
        gl = reports.get("glossary", {})
        rewrites["glossary repair"] += int(gl.get("repaired", 0) or 0)
        for item in gl.get("items", []):
            if item.get("status") == "repaired":
                seg = segs.get(item.get("segment"), {})
                listed.append(f"glossary {item.get('surface')!r} -> {item.get('expected')!r}"
                              f" | {seg.get('target', '')[:90]}")  # fmt: skip
        rewrites["spelling"] += len(reports.get("spelling", {}).get("changes", []))
        for f in ed.get("findings", []):
            if f.get("severity") == "error":
                blocking[f["check"]] += 1
                seg = segs.get(f.get("segment"), {})
                held.append(f"BLOCKING {f['check']}: {f.get('message', '')}\n    "
                            f"{seg.get('source', '')[:200]}\n    "
                            f"{seg.get('target', '')[:200]}")  # fmt: skip
    print(f"pt->en audit: {len(editions)} editions, {segments} sentences "
          f"({len(sents)} facts-set sentences + {len(pages())} pages)")  # fmt: skip
    print("\n| rewrite of the engine's output | count |\n|---|---|")
    for key in sorted(rewrites):
        print(f"| {key} | {rewrites[key]} |")
    print("\n| blocking findings by check | count |\n|---|---|")
    for key, n in blocking.most_common():
        print(f"| {key} | {n} |")
    if show:
        print("\n" + "\n".join(listed))
        print("\n" + "\n".join(held))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
