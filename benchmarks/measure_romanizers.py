"""Measure Cyrillic romanizers before choosing one (issue 14): anyascii vs iuliia's schemes.

    pip install iuliia            # only for this measurement; not a dependency
    python benchmarks/measure_romanizers.py

For every Cyrillic form the glossary lists (ru, uk, be, bg, kk), romanize it and count how
often the result meets one of the entry's listed Latin names under the matcher's skeleton
key (the same comparison the matcher makes). A romanizer is worth a dependency only if it
beats anyascii, which the matcher already uses.
"""

from __future__ import annotations

import time

from anyascii import anyascii

from translate.glossary import load_glossary
from translate.glossary.normalize import fold, skeleton, token_keys


def main() -> None:
    import iuliia

    glossary = load_glossary(gazetteer=False)
    pairs = [(e, f) for e in glossary for loc in ("ru", "uk", "be", "bg", "kk")
             if (f := e.forms.get(loc)) and not f.isascii()]

    def skel(text: str) -> tuple[str, ...]:
        return tuple(skeleton(k) for k in token_keys(text))

    def hits(romanize: object) -> int:
        return sum(skel(romanize(f)) in {skel(t) for _, t in e.variants}  # type: ignore[operator]
                   for e, f in pairs)

    print(f"Cyrillic glossary forms: {len(pairs)}")
    print("romanizer                 forms whose romanization meets a listed name")
    print(f"anyascii                  {hits(anyascii)}")
    for name in sorted(iuliia.schemas.names()):
        schema = iuliia.schemas.get(name)
        print(f"iuliia {name:<18} {hits(schema.translate)}")
    t0 = time.process_time()
    spellings = sum(len({fold(iuliia.schemas.get(n).translate(f))
                         for n in iuliia.schemas.names()}) for _, f in pairs)
    print(f"distinct spellings over all iuliia schemes: {spellings} "
          f"({spellings / len(pairs):.1f} per form; {time.process_time() - t0:.2f} s CPU)")


if __name__ == "__main__":
    main()
