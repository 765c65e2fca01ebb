"""caps43 demonstration probe: six bulletin-like sentences in capitals written by caps43, with a
place abbreviation ("FT WORTH", "MT HOOD", "PT PLEASANT") or a state code ("ANN ARBOR MI"),
translated en -> pt-BR through the pipeline (no cache, no TM, one paragraph a sentence); each
segment's source, target and findings. Development only: the sentences were written with the
rule in mind, so this shows what the engine does with it, it measures nothing.

``--pt``: instead, a Portuguese storm warning written by caps43, three sentences in capitals and
one in ordinary case, pt -> en-US (the Portuguese side of the lead: no sentence case for a
language with no spelling dictionary).

Usage: ``python benchmarks/caps43_probe.py [--pt]`` (``PYTHONPATH=TREE`` for another tree).
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime

import translate
from translate.api import RunOptions, parse_targets, translate_object

SENTS = [
    "FLASH FLOODING IS EXPECTED IN FT WORTH AND ARLINGTON THROUGH 9 PM CDT.",
    "HEAVY SNOW WILL FALL ON MT HOOD ABOVE 4000 FT TONIGHT.",
    "THE OHIO RIVER AT PT PLEASANT WILL CREST NEAR 45 FT ON FRIDAY.",
    "WAVES OF 6 TO 8 FT ARE EXPECTED FROM FT MYERS TO NAPLES.",
    "THE NATIONAL WEATHER SERVICE IN ANN ARBOR MI HAS ISSUED A WIND ADVISORY.",
    "SEAS OF 10 FT ARE EXPECTED 20 MI OFF FT PIERCE THROUGH SATURDAY.",
]

PT = [
    "# AVISO DE TEMPESTADE",
    "NÓS ESPERAMOS VENTOS DE 60 KM/H NO LITORAL DE SÃO PAULO HOJE À NOITE.",
    "A DEFESA CIVIL PEDE QUE A POPULAÇÃO FIQUE EM CASA E NÃO SE ABRIGUE SOB ÁRVORES.",
    "ONDAS DE ATÉ 3 METROS SÃO ESPERADAS ENTRE SANTOS E UBATUBA ATÉ SEXTA-FEIRA.",
    "O tempo melhora no sábado, segundo o Inmet.",
]


def main() -> None:
    pt = "--pt" in sys.argv
    print(f"# {datetime.now(UTC):%Y-%m-%dT%H:%MZ} caps43 probe; code "
          f"{os.path.dirname(translate.__file__)}; load {os.getloadavg()[0]:.2f}; "
          f"{'pt -> en-US' if pt else 'en -> pt-BR'}, no cache, no TM, one paragraph a sentence")
    opts = RunOptions(use_cache=False, use_tm=False, source_lang="pt" if pt else "en")
    doc = "\n\n".join(PT if pt else SENTS) + "\n"
    ed = translate_object({"id": "probe", "text": doc, "format": "markdown"},
                          parse_targets("en-US" if pt else "pt-BR"), opts, None)[0]
    for s in ed.segments:
        print("S", s.segment.source)
        print("T", s.target)
        for f in ed.findings:
            if f.segment == s.id:
                print("F", f.severity, f.check, f.message)


if __name__ == "__main__":
    main()
