"""An independent checker over real editions: translate-toolkit's pofilter on the PO and XLIFF
editions of the corpus's English and Portuguese development pages.

    python benchmarks/sweep_pofilter.py --work /tmp/sweep                  # every development set
    python benchmarks/sweep_pofilter.py --work /tmp/sweep --set dev --limit 10
    python benchmarks/sweep_pofilter.py --work /tmp/sweep --every 5          # a fixed 1-in-5 sample
    python benchmarks/sweep_pofilter.py --work /tmp/sweep --reuse --units  # + every flagged unit
    python benchmarks/sweep_pofilter.py --work /tmp/sweep --reuse --rewrite  # PO/XLIFF rewritten

For each English page (to pt-BR) and Portuguese page (to en) of the development sets (the held-out
sets of ``eval_realworld.HELD_OUT_SETS`` and the halves of the first held-out set are refused),
``translate run --format json,po,xliff --no-cache`` writes the editions with the embedded engine
(a scratch database under ``--work``). Then, in translate-toolkit's own venv (``--ttk``, never
imported here: its module is also called ``translate``; it runs from ``--work``, outside the
repository):

* every PO file is parsed (pypo) and every XLIFF 2.0 file (xliff2; the toolkit's ``.xlf`` factory
  only reads XLIFF 1.2) and its units counted against the edition's segments: a parse failure or
  a count that differs is a defect;
* ``pofilter --fuzzy`` runs the checks that matter for news (``CHECKS``) over the PO files; each
  flagged unit is one flag per check.

For every flagged unit the bare engine translates the segment's source in the same run, and the
same toolkit checker runs on (source, edition) and (source, bare engine) without the PO's inline
markers. A flag is

* ``pipeline``: the bare engine's output does not raise it and the edition differs from it (the
  flag comes from what the pipeline changed);
* ``markup``: raised only with the PO's inline markers (``<1>...</1>``), not on the plain text;
* ``engine``: the bare engine's output raises it too; ``ours`` says whether our own checks left
  a finding on that segment (an engine-made flag our checks miss may be a missed fact).

Whether a flag is a false alarm of pofilter is read, not computed: ``--units`` prints each flag
with the source, the edition and the bare output for the reader to judge.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_realworld as ev

ROOT = Path(__file__).resolve().parents[1]
CHECKS = (
    "numbers", "urls", "emails", "brackets", "xmltags", "variables", "acronyms", "unchanged",
    "doublespacing", "startwhitespace", "endwhitespace", "escapes",
)  # fmt: skip
# source language -> (target locale, toolkit language code)
DIRECTIONS = {"en": ("pt-BR", "pt_BR"), "pt": ("en", "en")}
REFUSED = (*ev.HELD_OUT_SETS, "heldout", "heldout-a", "heldout-b")
TTK_DEFAULT = "/work/venvs/ttk/bin/python"
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def stem(page: ev.Page) -> str:
    """The page's file name stem (``translate run`` names an edition after its input's stem,
    with dots made hyphens: the input is named so already)."""
    return _UNSAFE.sub("-", page.id)

# Runs inside translate-toolkit's venv (its ``translate`` package, not ours), cwd outside the
# repository. argv: job file (JSON), answer file (JSON).
TTK_HELPER = r'''
import json, subprocess, sys
from pathlib import Path
from translate.filters import checks
from translate.storage import pypo, xliff2

job = json.loads(Path(sys.argv[1]).read_text())
answer = {"po": {}, "xliff": {}, "flags": [], "pairs": [], "errors": []}

def count(path, reader):
    try:
        store = reader.parsefile(path)
    except Exception as exc:  # any parse failure is a defect of the file
        answer["errors"].append(f"{path}: {type(exc).__name__}: {exc}")
        return None
    return {u.getid(): (u.source, u.target) for u in store.units if not u.isheader()}

for path in job["po"]:
    units = count(path, pypo.pofile)
    if units is not None:
        answer["po"][path] = len(units)
for path in job["xliff"]:
    units = count(path, xliff2.Xliff2File)
    if units is not None:
        answer["xliff"][path] = len(units)

tests = []
for name in job["checks"]:
    tests += ["-t", name]
for lang, folder in job["po_dirs"].items():
    out = Path(job["work"]) / "pofilter" / lang
    out.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [job["pofilter"], "--fuzzy", "--progress=none", f"--language={lang}", *tests,
         folder, str(out)],
        capture_output=True, text=True,
    )
    if done.returncode:
        answer["errors"].append(f"pofilter {folder}: rc {done.returncode}: {done.stderr[-500:]}")
    for po in sorted(out.rglob("*.po")):
        for unit in pypo.pofile.parsefile(str(po)).units:
            if unit.isheader():
                continue
            notes = unit.getnotes("translator")
            for line in notes.splitlines():
                if line.startswith("(pofilter) "):
                    check, _, message = line[len("(pofilter) "):].partition(": ")
                    answer["flags"].append({
                        "file": po.name, "id": unit.getcontext(), "check": check,
                        "message": message, "source": unit.source, "target": unit.target,
                    })

checkers = {}
for pair in job["pairs"]:
    lang = pair["lang"]
    if lang not in checkers:
        config = checks.CheckerConfig(targetlanguage=lang)
        checkers[lang] = checks.StandardChecker(checkerconfig=config, limitfilters=job["checks"])
    unit = pypo.pounit(pair["source"])
    unit.target = pair["target"]
    failures = checkers[lang].run_filters(unit)
    answer["pairs"].append(sorted(failures))
Path(sys.argv[2]).write_text(json.dumps(answer))
'''


def development_pages(names: list[str], parser: argparse.ArgumentParser) -> list[ev.Page]:
    """The English and Portuguese pages of the named development sets (held-out sets refused)."""
    pages: dict[str, ev.Page] = {}
    for name in names:
        if name in REFUSED:
            parser.error(f"{name} is held out: the sweep reads development sets only")
        for page in ev.development_pages(name, parser):
            if page.language in DIRECTIONS:
                pages.setdefault(page.id, page)
    return sorted(pages.values(), key=lambda p: p.id)


def write_editions(pages: list[ev.Page], work: Path, reuse: bool) -> None:
    """``translate run`` once per direction, every page of that direction in one call."""
    for lang, (locale, _) in DIRECTIONS.items():
        todo = [p for p in pages if p.language == lang]
        if reuse:
            out = work / "out" / lang
            todo = [p for p in todo if not (out / f"{stem(p)}.{locale}.po").exists()]
        if not todo:
            continue
        src = work / "in" / lang
        src.mkdir(parents=True, exist_ok=True)
        files = []
        for page in todo:
            path = src / f"{stem(page)}.html"
            path.write_text(page.html(), encoding="utf-8")
            files.append(str(path))
        env = dict(os.environ, TRANSLATE_HOME=str(work / "home"))
        done = subprocess.run(
            [sys.executable, "-m", "translate", "run", *files, "--to", locale, "--from", lang,
             "--format", "json,po,xliff", "--no-cache", "--db", str(work / "sweep.db"),
             "--on-findings", "publish", "-q", "-o", str(work / "out" / lang)],
            cwd=ROOT, env=env, capture_output=True, text=True,
        )  # fmt: skip
        if done.returncode not in (0, 9):
            print(f"translate run ({lang}): exit {done.returncode}\n{done.stderr[-2000:]}")


def rewrite(pages: list[ev.Page], work: Path) -> None:
    """The PO and XLIFF editions written again from each JSON edition."""
    from translate.review import edition_from_dict
    from translate.write import po, xliff

    for page in pages:
        base = work / "out" / page.language / f"{stem(page)}.{DIRECTIONS[page.language][0]}"
        js = Path(f"{base}.json")
        if js.exists():
            edition = edition_from_dict(json.loads(js.read_text(encoding="utf-8")))
            Path(f"{base}.po").write_text(po.render(edition), encoding="utf-8")
            Path(f"{base}.xlf").write_text(xliff.render(edition), encoding="utf-8")


def run_ttk(ttk: str, job: dict[str, Any], work: Path) -> dict[str, Any]:
    """The helper in the toolkit's venv, from ``work`` (outside the repository)."""
    helper = work / "ttk_helper.py"
    helper.write_text(TTK_HELPER, encoding="utf-8")
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        job_file, answer_file = Path(tmp) / "job.json", Path(tmp) / "answer.json"
        job_file.write_text(json.dumps(job), encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        subprocess.run([ttk, str(helper), str(job_file), str(answer_file)], cwd=work, env=env,
                       check=True)  # fmt: skip
        answer: dict[str, Any] = json.loads(answer_file.read_text(encoding="utf-8"))
    return answer


def bare_outputs(sources_by_lang: dict[str, list[str]]) -> dict[tuple[str, str], str]:
    """The bare engine (the edition's route, no pipeline) on each source sentence."""
    from translate.locales import parse_targets
    from translate.mt import plan_route, translate_batch

    out: dict[tuple[str, str], str] = {}
    for lang, sources in sources_by_lang.items():
        if not sources:
            continue
        profile = parse_targets(DIRECTIONS[lang][0])[0]
        route = plan_route(lang, profile.language, list(profile.engines))
        targets, _, _ = translate_batch(sources, route, None)
        out.update({(lang, s): t for s, t in zip(sources, targets, strict=True)})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, required=True, help="scratch folder (not the repo)")
    parser.add_argument("--set", action="append", help="development set (default: all of them)")
    parser.add_argument("--limit", type=int, default=0, help="first N pages by id (0: all)")
    parser.add_argument(
        "--every", type=int, default=1,
        help="every Nth English page by id (a fixed sample; Portuguese pages all kept)",
    )  # fmt: skip
    parser.add_argument("--reuse", action="store_true", help="keep editions already written")
    parser.add_argument("--ttk", default=TTK_DEFAULT, help="python of translate-toolkit's venv")
    parser.add_argument("--units", action="store_true", help="print every flagged unit")
    parser.add_argument(
        "--rewrite", action="store_true",
        help="with --reuse: write the PO and XLIFF files again from the JSON editions with this "
        "checkout's writers (the same targets; a writer change measured without the engine)",
    )  # fmt: skip
    args = parser.parse_args()
    names = args.set or [n for n in ev.SETS if n not in REFUSED]
    pages = development_pages(names, parser)
    english = [p for p in pages if p.language == "en"]
    pages = sorted(english[:: max(1, args.every)] + [p for p in pages if p.language != "en"],
                   key=lambda p: p.id)  # fmt: skip
    if args.limit:
        pages = pages[: args.limit]
    work = args.work.resolve()
    if ROOT in work.parents or work == ROOT:
        parser.error("--work must be outside the repository")
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    write_editions(pages, work, args.reuse)

    if args.rewrite:
        rewrite(pages, work)
    editions: dict[str, dict[str, Any]] = {}  # PO file name -> its JSON edition
    po_files, xliff_files = [], []
    for page in pages:
        locale = DIRECTIONS[page.language][0]
        base = work / "out" / page.language / f"{stem(page)}.{locale}"
        po, xlf, js = (Path(f"{base}.{ext}") for ext in ("po", "xlf", "json"))
        if js.exists():
            editions[po.name] = {"lang": page.language,
                                 **json.loads(js.read_text(encoding="utf-8"))}  # fmt: skip
        po_files += [str(po)] if po.exists() else []
        xliff_files += [str(xlf)] if xlf.exists() else []
    segments = {name: {s["id"]: s for b in e["blocks"] for s in b["segments"]}
                for name, e in editions.items()}  # fmt: skip
    job = {
        "work": str(work), "checks": list(CHECKS), "po": po_files, "xliff": xliff_files,
        "pofilter": str(Path(args.ttk).parent / "pofilter"), "pairs": [],
        "po_dirs": {DIRECTIONS[lang][1]: str(work / "out" / lang) for lang in DIRECTIONS
                    if (work / "out" / lang).exists()},
    }  # fmt: skip
    first = run_ttk(args.ttk, job, work)

    # the flagged units' plain source, edition and bare engine output, checked again
    flags = first["flags"]
    wanted: dict[str, list[str]] = {lang: [] for lang in DIRECTIONS}
    for flag in flags:
        seg = segments.get(flag["file"], {}).get(flag["id"])
        lang = editions[flag["file"]]["lang"] if flag["file"] in editions else "en"
        flag["lang"] = lang
        flag["segment"] = seg
        if seg is not None and seg["source"] not in wanted[lang]:
            wanted[lang].append(seg["source"])
    bare = bare_outputs(wanted)
    pairs = []
    for flag in flags:
        seg, tl = flag["segment"], DIRECTIONS[flag["lang"]][1]
        if seg is None:
            continue
        flag["bare"] = bare[(flag["lang"], seg["source"])]
        pairs.append({"lang": tl, "source": seg["source"], "target": seg["target"]})
        pairs.append({"lang": tl, "source": seg["source"], "target": flag["bare"]})
    second = run_ttk(args.ttk, {**job, "po": [], "xliff": [], "po_dirs": {}, "pairs": pairs},
                     work)  # fmt: skip
    results = iter(second["pairs"])
    by_class: Counter[tuple[str, str]] = Counter()
    for flag in flags:
        seg = flag["segment"]
        if seg is None:
            flag["class"] = "no-segment"
        else:
            plain, engine = next(results), next(results)
            flag["ours"] = bool(seg.get("findings"))
            if flag["check"] in engine:
                flag["class"] = "engine+ours" if flag["ours"] else "engine"
            elif flag["check"] not in plain:
                flag["class"] = "markup"
            elif seg["target"] != flag["bare"]:
                flag["class"] = "pipeline"
            else:
                flag["class"] = "engine?"  # same text, checker disagrees with itself
        by_class[(flag["check"], flag["class"])] += 1

    seg_total = sum(len(s) for s in segments.values())
    print(f"pages {len(pages)} (en {sum(p.language == 'en' for p in pages)}, "
          f"pt {sum(p.language == 'pt' for p in pages)}); sets {', '.join(names)}")  # fmt: skip
    print(f"editions {len(editions)}, segments {seg_total}")
    for kind, files in (("po", po_files), ("xliff", xliff_files)):
        units = first[kind]
        mismatched = [
            f for f, n in units.items() if n != len(segments.get(Path(f).stem + ".po", {}))
            and n != len(segments.get(Path(f).name.rsplit(".", 1)[0] + ".po", {}))
        ]  # fmt: skip
        print(f"{kind}: {len(files)} files, {len(units)} parsed, {sum(units.values())} units, "
              f"unit count differs from the edition's segments in {len(mismatched)}")  # fmt: skip
        for f in mismatched:
            print(f"  count differs: {f}")
    print(f"parse/pofilter errors: {len(first['errors'])}")
    for err in first["errors"]:
        print(f"  {err}")
    classes = ["pipeline", "markup", "engine", "engine+ours", "engine?", "no-segment"]
    print(f"\nflags {len(flags)} (units flagged by pofilter, one per check)")
    print(f"{'check':16}" + "".join(f"{c:>12}" for c in classes) + f"{'total':>8}")
    for check in CHECKS:
        row = [by_class[(check, c)] for c in classes]
        if sum(row):
            print(f"{check:16}" + "".join(f"{n:>12}" for n in row) + f"{sum(row):>8}")
    print(f"{'total':16}" + "".join(f"{sum(by_class[(k, c)] for k in CHECKS):>12}"
                                    for c in classes) + f"{len(flags):>8}")  # fmt: skip
    if args.units:
        for flag in sorted(flags, key=lambda f: (f["class"], f["check"], f["file"], f["id"])):
            print(f"\n[{flag['class']}] {flag['check']}: {flag['file']} {flag['id']}: "
                  f"{flag['message']}")  # fmt: skip
            if flag["segment"] is not None:
                print(f"  source:  {flag['segment']['source']}")
                print(f"  edition: {flag['segment']['target']}")
                print(f"  bare:    {flag['bare']}")
                for finding in flag["segment"].get("findings", []):
                    print(f"  ours:    {finding}")
    print(f"\nseconds {time.perf_counter() - started:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
