"""facts53: CPU of the facts gate's number check on texts of thousands of numbers really
missing (facts52's leads): each shape repeats one sentence N times in the source and its
edition, every number of which the check looks for in vain or in a way the reader leaves unread.

    python benchmarks/facts53_hostile_shapes.py SHAPE N

Shapes: ``unit`` ("45 pés" written "46ft": the checks after the glued unit), ``prefixed``
("De 2020 - 2030" written "2020-2030": ``year_prefixed_in``), ``colon`` ("2025: 1." written
"2026:1.": ``spelled_value_in``'s ``number_words``), ``range`` ("1974-76" written
"1974-1977": ``short_year_end_in``), ``round`` ("per 1,000" written "por mil" beside "22
mil": ``round_in``). Prints the shape, N, the count of findings and the process CPU seconds.
"""

from __future__ import annotations

import sys
import time

SHAPES = {
    "unit": ("A casa tem 45 pés de altura. ", "The house is 46ft tall. ", "pt", "en"),
    "prefixed": ("De 2020 - 2030 cresceu. ", "From 2020-2030 grew. ", "pt", "en"),
    "colon": ("Em 2025: 1. ", "In 2026:1. ", "pt", "en"),
    "range": ("In 1974-76 it grew. ", "Em 1974-1977 cresceu. ", "en", "pt-BR"),
    "round": ("Nine per 1,000 people. ", "Nove por 22 mil pessoas. ", "en", "pt-BR"),
}


def main() -> None:
    from translate.check import missing_numbers

    which, n = sys.argv[1], int(sys.argv[2])
    source, target, lang, locale = SHAPES[which]
    start = time.process_time()
    out = missing_numbers(source * n, target * n, lang, locale)
    print(which, n, "findings", len(out), "cpu %.2f s" % (time.process_time() - start))


if __name__ == "__main__":
    main()
