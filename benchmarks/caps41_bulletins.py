"""caps41: the five National Weather Service bulletins in capitals of probe40's sweep (a
development set: probe40 read them), rebuilt with probe40's builder (quoted in
benchmarks/results/probe40-sweep-judged-2026-12-07.txt; akrherz/pyWWA ``examples/``, MIT; NWS
text is a US government work, public domain), translated en -> pt-BR through the pipeline (no
cache, no TM). Per document: segments, blocking findings (all; of the untranslated check),
warnings of the untranslated check, words of three letters or more that the edition shares with
the source (case-folded: English left), and whether the edition text is in capitals.

Usage: ``python benchmarks/caps41_bulletins.py PYWWA_GIT_DIR [--dump EDITIONS.json]``.

``--dump`` (caps43) also writes every segment's source and target (JSON) for a before/after
comparison of the edition text (``caps43_bulletins_compare.py``): the bulletins have no
reference translation, so a chrF can only compare one tree's editions with another's.
"""

from __future__ import annotations

import os
import platform
import re
import subprocess
import sys
from datetime import UTC, datetime

NWS = [("AFD", "nws-afd-des-moines-2015", "AREA FORECAST DISCUSSION"),
       ("RFW", "nws-fire-weather-watch-2015", "URGENT - FIRE WEATHER MESSAGE"),
       ("AQA", "nws-air-quality-alert-2015", "AIR QUALITY ALERT MESSAGE"),
       ("PNS", "nws-rip-current-2015", "PUBLIC INFORMATION STATEMENT"),
       ("FFW", "nws-flash-flood-fort-worth-2015", "FLASH FLOOD WARNING")]
# probe40's build_inputs.py, unchanged
HDR = re.compile(r"^(\d{3}\s*$|[A-Z]{4}\d{2} [A-Z]{4} \d{6}|[A-Z]{3}[A-Z0-9]{2,3}\s*$|SPC WW|[A-Z]{2}[CZ]\d{3}|/[OKEXT]\.|/\d{5}\.|\d{3,4}(>\d{3})?-|LAT\.\.\.LON|TIME\.\.\.MOT|\s+\d{4} \d{4,5}( \d{4} \d{4,5})*\s*$)")  # noqa: E501
_WORD = re.compile(r"[^\W\d_]{3,}")


def nws_blocks(text: str, code: str) -> list[tuple[str, object]]:
    text = re.sub(r"[\x00-\x08\x0b-\x1f]", "", text.replace("\r", "")).split("$$")[0]
    if code == "FFWPPG":
        text = text.split("&&")[0]
    lines = [ln.rstrip() for ln in text.splitlines()]
    out: list[tuple[str, str]] = []
    para: list[str] = []
    item: list[str] | None = None

    def flush() -> None:
        nonlocal para, item
        if item is not None:
            out.append(("li", " ".join(item)))
        elif para:
            out.append(("p", " ".join(para)))
        para, item = [], None

    started = False
    for ln in lines:
        if not started:
            if not ln.strip() or HDR.match(ln):
                continue
            started = True
        if HDR.match(ln) or ln.strip() == "&&" or re.fullmatch(r"\s*-{4,}\s*", ln):
            flush()
            continue
        if not ln.strip():
            flush()
            continue
        s = ln.strip()
        if s.startswith("* "):
            flush()
            item = [s[2:]]
            continue
        if re.match(r"^[A-Z][A-Za-z /()]+:\s{2,}\S", s):
            flush()
            out.append(("li", re.sub(r":\s+", ": ", s, count=1)))
            continue
        if item is not None:
            item.append(s)
        else:
            para.append(s)
    flush()
    blocks: list[tuple[str, object]] = []
    lst: list[str] = []
    for k, t in out:
        t = re.sub(r"\s+", " ", t).strip()
        if not t:
            continue
        if k == "li":
            lst.append(t)
            continue
        if lst:
            blocks.append(("ul", lst))
            lst = []
        blocks.append(("p", t))
    if lst:
        blocks.append(("ul", lst))
    return blocks


def md(title: str, bl: list[tuple[str, object]]) -> str:
    o = [f"# {title}", ""]
    for kind, body in bl:
        if kind == "p":
            o += [str(body), ""]
        else:
            o += ["- " + x for x in body] + [""]  # type: ignore[attr-defined]
    return "\n".join(o) + "\n"


def main() -> None:
    git_dir = sys.argv[1]
    dump = sys.argv[sys.argv.index("--dump") + 1] if "--dump" in sys.argv else None
    dumped: dict[str, list[list[str]]] = {}
    from translate.api import RunOptions, parse_targets, translate_object

    options = RunOptions(use_cache=False, use_tm=False, source_lang="en")
    print(f"# {datetime.now(UTC):%Y-%m-%dT%H:%MZ} caps41_bulletins; {platform.machine()}; Python "
          f"{platform.python_version()}; load average {os.getloadavg()[0]:.2f}; en -> pt-BR")
    print(f"{'document':34} {'segs':>4} {'block':>5} {'untr.block':>10} {'untr.warn':>9} "
          f"{'shared':>6} {'caps':>4}")
    tot = [0, 0, 0, 0, 0, 0]
    for code, name, _title in NWS:
        text = subprocess.run(["git", "--git-dir", git_dir, "show", f"HEAD:examples/{code}.txt"],
                              check=True, capture_output=True).stdout.decode("utf-8")
        doc = md(_title, nws_blocks(text, code))
        ed = translate_object({"id": name, "text": doc, "format": "markdown"},
                              parse_targets("pt-BR"), options, None)[0]
        segs = ed.segments
        dumped[name] = [[s.segment.source, s.target] for s in segs]
        block = [f for f in ed.findings if f.severity == "error"]
        ub = [f for f in block if f.check == "untranslated"]
        uw = [f for f in ed.findings if f.severity == "warning" and f.check == "untranslated"]
        shared = 0
        for s in segs:
            src = {w.casefold() for w in _WORD.findall(s.segment.source)}
            shared += sum(1 for w in _WORD.findall(s.target) if w.casefold() in src)
        letters = [c for s in segs for c in s.target if c.isalpha()]
        caps = sum(c.isupper() for c in letters) / max(1, len(letters)) > 0.8
        row = [len(segs), len(block), len(ub), len(uw), shared, int(caps)]
        tot = [a + b for a, b in zip(tot, row, strict=True)]
        print(f"{name:34} {row[0]:4d} {row[1]:5d} {row[2]:10d} {row[3]:9d} {row[4]:6d} "
              f"{'yes' if caps else 'no':>4}")
    print(f"{'total':34} {tot[0]:4d} {tot[1]:5d} {tot[2]:10d} {tot[3]:9d} {tot[4]:6d} "
          f"{tot[5]:4d}")
    if dump:
        import json

        with open(dump, "w", encoding="utf-8") as fh:
            json.dump(dumped, fh, ensure_ascii=False, indent=0)


if __name__ == "__main__":
    main()
