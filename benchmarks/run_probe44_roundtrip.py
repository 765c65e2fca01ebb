"""probe44's review round trip: a translator's corrections made with translate-toolkit on the
sweep's XLIFF and PO editions, applied back, and the article run again.

    PYTHONPATH=TREE python benchmarks/run_probe44_roundtrip.py OUT DB TTK_PYTHON

OUT and DB: a run of ``benchmarks/run_probe44_sweep.py`` (its editions in OUT/run, its store
DB). TTK_PYTHON: the python of a separate venv with translate-toolkit (its package is also
called ``translate``, so it runs from /tmp without PYTHONPATH). The corrections are
``benchmarks/data/probe44_en/corrections.json``: per edition and format, segment ids with a
``find`` / ``replace`` pair applied to the target's text as a translator types it in a CAT
tool (markup kept: the PO's ``<1>`` notation, the XLIFF's ``<pc>`` elements untouched), or
``confirm`` (the machine's text accepted unchanged). Steps, each recorded in OUT/rt/:

1. every PO and XLIFF edition of OUT/run parsed by the toolkit (pypo, xliff2) and its units
   counted against the JSON edition's segments; ``pofilter`` over the PO files;
2. the corrections made with the toolkit (PO: msgstr edited, fuzzy cleared; XLIFF: the
   target's text nodes edited, the segment marked reviewed) and the files saved by it;
3. ``translate review apply FILE --edition JSON --out OUT/rt/applied --db DB --json``;
4. the rebuilt JSON and Markdown editions read: each corrected segment's target must be the
   machine's text with the correction made (markup aside), each confirmed one unchanged;
5. ``translate run INPUT --to LOCALE --db DB`` again: each corrected or confirmed segment must
   come back from the memory (origin ``tm``) with the corrected text, and no segment may be
   translated again (origin ``mt``).
Prints one line per step and a summary; every detail in OUT/rt/roundtrip.json.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "probe44_en"

TTK_HELPER = r'''
import json, subprocess, sys
from pathlib import Path
from translate.storage import pypo, xliff2

job = json.loads(Path(sys.argv[1]).read_text())
ans = {"counts": {}, "errors": [], "flags": {}, "edited": [], "missing": []}
for path in job["po"] + job["xlf"]:
    try:
        store = (pypo.pofile if path.endswith(".po") else xliff2.Xliff2File).parsefile(path)
        ans["counts"][path] = len([u for u in store.units if not u.isheader()])
    except Exception as exc:
        ans["errors"].append(f"{path}: {type(exc).__name__}: {exc}")
out = Path(job["work"]) / "pofilter"
for po in job["po"]:
    dest = out / Path(po).name
    done = subprocess.run([job["pofilter"], "--fuzzy", "--progress=none", "--language=pt_BR",
                           *sum((["-t", c] for c in job["checks"]), []), po, str(dest)],
                          capture_output=True, text=True)
    if done.returncode:
        ans["errors"].append(f"pofilter {po}: {done.stderr[-300:]}")
    if dest.exists():
        for u in pypo.pofile.parsefile(str(dest)).units:
            for line in u.getnotes("translator").splitlines():
                if line.startswith("(pofilter) "):
                    check = line[len("(pofilter) "):].partition(": ")[0]
                    ans["flags"][check] = ans["flags"].get(check, 0) + 1

def text_nodes(el):
    if el.text is not None:
        yield el, "text"
    for child in el:
        yield from text_nodes(child)
        if child.tail is not None:
            yield child, "tail"

for job_file in job["edits"]:
    src, dst, edits = job_file["file"], job_file["out"], job_file["edits"]
    is_po = src.endswith(".po")
    store = (pypo.pofile if is_po else xliff2.Xliff2File).parsefile(src)
    by_id = {}
    for u in store.units:
        if u.isheader():
            continue
        key = u.getcontext() if is_po else u.getid().partition("::")[2]
        by_id[key] = u
    for e in edits:
        u = by_id.get(e["seg"])
        if u is None:
            ans["missing"].append([src, e["seg"], sorted(by_id)[:5]]); continue
        done = False
        if is_po:
            if "find" in e and e["find"] in u.target:
                u.target = u.target.replace(e["find"], e["replace"], 1); done = True
            u.markfuzzy(False)
        else:
            ns = u.xmlelement.nsmap.get(None)
            tgt = u.xmlelement.find(f"{{{ns}}}target" if ns else "target")
            if "find" in e and tgt is not None:
                for node, attr in text_nodes(tgt):
                    val = getattr(node, attr)
                    if e["find"] in val:
                        setattr(node, attr, val.replace(e["find"], e["replace"], 1)); done = True
                        break
            u.markapproved(True)
        ans["edited"].append({"file": src, "seg": e["seg"], "found": done or "find" not in e})
    Path(dst).write_bytes(bytes(store))
Path(sys.argv[2]).write_text(json.dumps(ans))
'''
CHECKS = ["numbers", "urls", "emails", "brackets", "xmltags", "acronyms", "unchanged",
          "doublespacing", "startwhitespace", "endwhitespace"]
_TAG = re.compile(r"</?\d+>")


def _plain(text: str) -> str:
    return _TAG.sub("", text)


def main() -> None:
    out, db, ttk = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    rt = out / "rt"
    rt.mkdir(parents=True, exist_ok=True)
    py = sys.executable
    corrections = json.loads((DATA / "corrections.json").read_text(encoding="utf-8"))
    po = sorted(str(p) for p in (out / "run").rglob("*.po"))
    xlf = sorted(str(p) for p in (out / "run").rglob("*.xlf"))
    editions: dict[str, dict[str, Any]] = {}
    for p in (out / "run").rglob("*.json"):
        d = json.loads(p.read_text(encoding="utf-8"))
        if isinstance(d, dict) and "blocks" in d:
            editions[str(p)[: -len(".json")]] = d
    edits = []
    for c in corrections:
        base = next(k for k in editions if k.endswith("/" + c["edition"]))
        edits.append({"file": f"{base}.{c['format']}",
                      "out": str(rt / f"{c['edition']}.{c['format']}"), "edits": c["segments"]})
    job = {"po": po, "xlf": xlf, "work": str(rt), "checks": CHECKS, "edits": edits,
           "pofilter": str(Path(ttk).parent / "pofilter")}
    (rt / "job.json").write_text(json.dumps(job), encoding="utf-8")
    (rt / "ttk_helper.py").write_text(TTK_HELPER, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    t = subprocess.run([ttk, str(rt / "ttk_helper.py"), str(rt / "job.json"),
                        str(rt / "ttk.json")], cwd="/tmp", env=env, capture_output=True, text=True)
    if t.returncode:
        print("ttk helper failed", t.stderr[-2000:])
        return
    ans = json.loads((rt / "ttk.json").read_text(encoding="utf-8"))
    mismatch = []
    for path, n in ans["counts"].items():
        base = path.rsplit(".", 1)[0]
        segs = sum(len(b.get("segments", [])) for b in editions[base]["blocks"])
        if segs != n:
            mismatch.append([path, n, segs])
    print(f"step 1: {len(po)} PO + {len(xlf)} XLIFF parsed by translate-toolkit,",
          len(ans["errors"]), "errors,", len(mismatch), "unit counts differing from the edition;",
          "pofilter flags:", json.dumps(ans["flags"], sort_keys=True))
    print("step 2:", len(ans["edited"]), "units edited or confirmed,",
          sum(not e["found"] for e in ans["edited"]), "find strings not found,",
          len(ans["missing"]), "segment ids not found")
    report: dict[str, Any] = {"ttk": ans, "mismatch": mismatch, "files": []}
    lost = tm_ok = tm_bad = retranslated = applied_ok = 0
    for c, e in zip(corrections, edits, strict=True):
        base = next(k for k in editions if k.endswith("/" + c["edition"]))
        before = {s["id"]: s for b in editions[base]["blocks"] for s in b.get("segments", [])}
        a = subprocess.run([py, "-m", "translate", "review", "apply", e["out"], "--edition",
                            base + ".json", "--out", str(rt / "applied"), "--db", db, "--json"],
                           capture_output=True, text=True)
        stem = Path(base).name
        aj = rt / "applied" / f"{stem}.json"
        after = {}
        md = ""
        if aj.exists():
            d = json.loads(aj.read_text(encoding="utf-8"))
            after = {s["id"]: s for b in d["blocks"] for s in b.get("segments", [])}
            mdp = rt / "applied" / f"{stem}.md"
            md = mdp.read_text(encoding="utf-8") if mdp.exists() else ""
        expect = {}
        for s in c["segments"]:
            old = before[s["seg"]]["target"]
            expect[s["seg"]] = (old.replace(_plain(s["find"]), _plain(s["replace"]), 1)
                                if "find" in s else old)
        rows = []
        for seg, want in expect.items():
            got = after.get(seg, {}).get("target")
            ok = got == want
            applied_ok += ok
            words = [w for w in re.findall(r"\w+", want) if len(w) > 3][-3:]
            rows.append({"seg": seg, "want": want, "got": got, "ok": ok,
                         "md_has_words": all(w in md for w in words)})
        # step 5: the article again
        locale = c["edition"].rsplit(".", 1)[1]
        src = editions[base]["article"]["source"]
        r = subprocess.run([py, "-m", "translate", "run", src, "--to", locale, "--format",
                            "md,json", "-o", str(rt / "rerun"), "--db", db, "--json"],
                           capture_output=True, text=True)
        rj = next((rt / "rerun").rglob(f"{stem}.json"), None)
        origins: dict[str, int] = {}
        if rj is not None:
            d = json.loads(rj.read_text(encoding="utf-8"))
            segs = {s["id"]: s for b in d["blocks"] for s in b.get("segments", [])}
            for s in segs.values():
                origins[s.get("origin", "?")] = origins.get(s.get("origin", "?"), 0) + 1
            for row in rows:
                s = segs.get(row["seg"], {})
                row["rerun_origin"], row["rerun_target"] = s.get("origin"), s.get("target")
                good = s.get("origin") == "tm" and s.get("target") == row["want"]
                tm_ok += good
                tm_bad += not good
            retranslated += origins.get("mt", 0)
        lost += sum(not row["ok"] for row in rows)
        report["files"].append({"edition": c["edition"], "format": c["format"],
                                "apply_rc": a.returncode, "apply_out": a.stdout[-3000:],
                                "apply_err": a.stderr[-1500:], "rows": rows,
                                "rerun_rc": r.returncode, "rerun_origins": origins})
        print(f"step 3-5: {c['edition']}.{c['format']}: apply rc {a.returncode};",
              f"{sum(x['ok'] for x in rows)}/{len(rows)} corrections in the rebuilt edition;",
              f"rerun rc {r.returncode}, origins {json.dumps(origins, sort_keys=True)}")
    (rt / "roundtrip.json").write_text(json.dumps(report, ensure_ascii=False, indent=1),
                                       encoding="utf-8")
    n = sum(len(c["segments"]) for c in corrections)
    print(f"summary: {n} units corrected or confirmed in {len(corrections)} files;",
          f"{applied_ok} in the rebuilt editions as the translator wrote them, {lost} lost or",
          f"mangled; on the next run {tm_ok} from the memory as written, {tm_bad} not;",
          f"{retranslated} segments translated again")


if __name__ == "__main__":
    main()
