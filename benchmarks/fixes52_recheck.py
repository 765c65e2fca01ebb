"""fixes52: probe49's stored editions read again for two of its leads (development data).

For each ``run/*.json`` edition of a probe49 sweep (``benchmarks/run_probe49_sweep.py OUT``;
source and published target of every segment, its locale):

* *bond*: the targets the spelling stage rewrites now (``translate.spelling.normalize`` of the
  published target with its source: the stage ran on it already, so a change is the new data's);
* *gender*: every defendant ("NAME is (being) charged with", "the verdict in NAME's trial"),
  the agreement the edition gives the name's sentence ("acusado"/"acusada") and the source's
  evidence of the person's gender: a courtesy title before the surname ("Ms.", "Mrs.", "Mr.")
  and the pronouns of the sentences that name the surname ("she/her", "he/him/his"). A
  warning rule "the source's pronouns in the sentences naming a person vs the edition's
  gendered words next to that person" is scored on it: what it would say, right or wrong.

No engine is called. Run it with ``PYTHONPATH`` on two trees and diff the bond lines.

    python benchmarks/fixes52_recheck.py OUT > after.txt
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

CHARGED = re.compile(r"^(?P<name>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}) (?:is|are) "
                     r"(?:being |also )?charged with")
TRIAL = re.compile(r"verdict in (?:the )?(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})"
                   r"(?:’s|'s)? ")
SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
HE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)
MASC = re.compile(r"\b(?:acusado|condenado|preso|detido|julgado)\b")
FEM = re.compile(r"\b(?:acusada|condenada|presa|detida|julgada)\b")


def main(argv: list[str] | None = None) -> int:
    from translate.spelling import normalize

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="the sweep's output folder (holds run/)")
    args = parser.parse_args(argv)
    rewrites = defendants = masculine = 0
    for path in sorted((args.out / "run").glob("*.json")):
        edition = json.loads(path.read_text(encoding="utf-8"))
        locale = edition["locale"]
        segs = [s for b in edition["blocks"] for s in b.get("segments", [])]
        for seg in segs:
            _, changes = normalize(seg["target"], locale, source=seg["source"])
            for c in changes:
                rewrites += 1
                print(f"spelling {path.stem} {seg['id']}: {c['from']!r} -> {c['to']!r}")
        if locale != "pt-BR":
            continue
        for seg in segs:
            m = CHARGED.match(seg["source"]) or TRIAL.search(seg["source"])
            if m is None:
                continue
            name = m.group("name")
            surname = name.split()[-1]
            naming = [s["source"] for s in segs if surname in s["source"]]
            she = sum(len(SHE.findall(s)) for s in naming)
            he = sum(len(HE.findall(s)) for s in naming)
            title = re.search(rf"\b(Ms|Mrs|Mr)\.? {re.escape(surname)}\b",
                              " ".join(s["source"] for s in segs))
            agreement = ("masc" if MASC.search(seg["target"]) else
                         "fem" if FEM.search(seg["target"]) else "none")
            defendants += 1
            masculine += agreement == "masc"
            warn = she > 0 and he == 0 and agreement == "masc"
            wrong = warn or (he > 0 and she == 0 and agreement == "fem")
            said = title.group(1) if title else "-"
            print(f"gender {path.stem} {seg['id']}: {name!r} title={said} she/her={she}"
                  f" he/his={he} edition={agreement} rule={'warn' if wrong else '-'}")
    print(f"# spelling rewrites of published targets: {rewrites}; defendants read (pt-BR):"
          f" {defendants}, written masculine: {masculine}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
