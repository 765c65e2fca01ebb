"""Every real output of the facts sets A..J (set K is held out) through check_pair with pt-BR's
number-sign rule (``translate.localize.quotes.mark_number_signs``) on and off, in one process:
each output it changes, and whether it is held either way.

    python benchmarks/audit_number_sign.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main() -> int:
    from facts_real_holds import real_rows

    import translate.localize.stage as stage
    from translate.check import check_pair

    rows = []
    for f in sorted((HERE / "data").glob("facts_heldout*.jsonl")):
        if not f.stem.endswith("_k"):
            rows += [(f.stem, r) for r in real_rows(f)]
    rule = stage.mark_number_signs
    changed = 0
    for name, r in rows:
        locale = r["to"] or "pt-BR"
        on = check_pair(r["source"], r["target"], r["from"], locale)
        stage.mark_number_signs = lambda text, source, sign: text  # type: ignore[assignment]
        off = check_pair(r["source"], r["target"], r["from"], locale)
        stage.mark_number_signs = rule
        if on.text != off.text or bool(on.blocking) != bool(off.blocking):
            changed += 1
            print(f"{name} {r['id']} held {bool(off.blocking)}->{bool(on.blocking)}\n"
                  f"  SRC: {r['source'][:200]}\n  OFF: {off.text[:200]}\n  ON:  {on.text[:200]}")
    print(f"# {changed} of {len(rows)} real outputs of sets A..J changed by the number-sign rule")
    return 0


if __name__ == "__main__":
    sys.exit(main())
