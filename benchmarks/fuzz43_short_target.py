"""fuzz43: a reviewer's pt-BR target under four countable words in the source's language.

``review apply`` of fuzz27's real edition (tests/data/hostile/fuzz27) with one PO target
replaced; prints the exit code and what the translation memory then holds for the sentence.
Run from the repository root (it uses the tests' helpers):

    python benchmarks/fuzz43_short_target.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests")]

from hostile.test_hostile_fuzz40 import B3, B3_PO, _apply, _memory  # noqa: E402

HEAD = "Budget vote in Lisbon"
HEAD_PO = 'msgstr "Votação de orçamento em Lisboa"'
CASES = [
    (B3, B3_PO, "Turnout rose sharply."),
    (B3, B3_PO, "Turnout rose."),
    (B3, B3_PO, "Read more"),
    (B3, B3_PO, "Participação subiu para 62,5%, ante 48% em 2016."),  # do no harm
    (HEAD, HEAD_PO, "Budget vote today"),
    (HEAD, HEAD_PO, "Vote in Lisbon"),
    (HEAD, HEAD_PO, "Lisbon budget vote"),
    (HEAD, HEAD_PO, "Votação em Lisboa"),  # do no harm
]

for source, old, target in CASES:
    tmp = Path(tempfile.mkdtemp(prefix="fuzz43-short-"))
    result = _apply(tmp, "article.pt-BR.po", old, f'msgstr "{target}"')
    stored = _memory(tmp, source).get(source)
    print(f"{source[:30]!r} <- {target!r}: exit {result.code}, memory "
          f"{'holds it' if stored == target else 'empty' if stored is None else repr(stored)}")
