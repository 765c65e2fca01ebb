"""fuzz43: a reviewer's pt-BR target in Galician or Catalan (close to Portuguese and Spanish).

fuzz42 counted its held-out set's Galician and Catalan sentences (gnupg's help.gl.txt and
help.ca.txt, see benchmarks/fuzz42_third_language.py) "0 of 74 caught" by
``check.in_other_language``. Asked here, totals only: what the language detector reads them as
and how many ``check.in_source_language`` (the other reading ``review apply`` and ``tm import``
make) refuses; and both readings of six Galician and Catalan sentences written for this pass
and two Portuguese ones (printed: they are no held-out data).

    python benchmarks/fuzz43_gl_ca.py
"""

from __future__ import annotations

import os
import platform
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

HAND = {
    "gl": ["O goberno aprobou onte os orzamentos para o ano que vén despois dun longo debate.",
           "A participación subiu ata o 62,5 por cento, fronte ao 48 % de 2016.",
           "Os veciños queixáronse do ruído que fan as obras da rúa nova."],
    "ca": ["El govern va aprovar ahir els pressupostos per a l'any vinent després d'un llarg "
           "debat.",
           "La participació va pujar fins al 62,5 per cent, davant el 48 % del 2016.",
           "Els veïns es van queixar del soroll que fan les obres del carrer nou."],
    "pt": ["O governo aprovou ontem o orçamento para o próximo ano depois de um longo debate.",
           "A participação subiu para 62,5 por cento, ante 48% em 2016."],
}


def main() -> None:
    import fuzz42_third_language as third

    from translate.check import in_other_language, in_source_language
    from translate.detect import detect_language

    print(f"# fuzz43_gl_ca: {platform.machine()}, {os.cpu_count()} cores (shared), load "
          f"{os.getloadavg()[0]:.1f}, {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}")
    sets = third.others()
    for key in ("gnupg-gl", "gnupg-ca"):
        texts = sets[key]
        read = Counter(detect_language(t).lang for t in texts)
        src = sum(1 for t in texts if in_source_language(t, "en", "pt"))
        other = sum(1 for t in texts if in_other_language(t, "en", "pt"))
        kept = sum(1 for t in texts if not in_source_language(t, "en", "pt")
                   and not in_other_language(t, "en", "pt"))  # fmt: skip
        print(f"{key}: {len(texts)} sentences; detector reads {dict(read)}; refused as the "
              f"source's language {src}, as a third language {other}, not refused {kept}")
    for lang, texts in HAND.items():
        for t in texts:
            g = detect_language(t)
            print(f"hand {lang}: detector {g.lang} {g.confidence:.2f}; third language "
                  f"{in_other_language(t, 'en', 'pt')}; source language "
                  f"{in_source_language(t, 'en', 'pt')} | {t}")


if __name__ == "__main__":
    main()
