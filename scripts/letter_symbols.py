"""Write translate/localize/letter-symbols.json: the currency symbols written in letters ("R",
"RM", "Rs", "kr") that the number finder takes as glued before an amount ("R50bn").

    python scripts/letter_symbols.py            # rewrites the file
    python scripts/letter_symbols.py --check    # exit 1 when the file differs from the code

Reading every Babel locale's currency symbols cost the first number with a letter glued before
it about 1.5 s of CPU, once per process (speed48). The file is read only when it names the
installed Babel and Unicode data (``numbers.letter_symbols_key``); for another, the package
reads CLDR as before (same answers, slower). tests/unit/test_letter_symbols_file.py fails when
the file is out of date.
"""

from __future__ import annotations

import argparse
import json
import sys

from translate.localize import numbers


def text() -> str:
    data = {
        "key": numbers.letter_symbols_key(),
        "symbols": sorted(numbers.letter_symbols_from_cldr()),
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    args = parser.parse_args()
    path = numbers.SHIPPED_LETTER_SYMBOLS
    wanted = text()
    current = path.is_file() and path.read_text(encoding="utf-8") == wanted
    if args.check:
        print(f"{path}: {'fresh' if current else 'stale'}")
        return 0 if current else 1
    path.write_text(wanted, encoding="utf-8")
    print(f"{path}: {len(json.loads(wanted)['symbols'])} symbols")
    return 0


if __name__ == "__main__":
    sys.exit(main())
