"""Write translate/localize/date-shapes.json: the CLDR date patterns the date finder reads.

    python scripts/date_shapes.py            # rewrites translate/localize/date-shapes.json
    python scripts/date_shapes.py --check    # exit 1 when it differs from the installed Babel

Finding dates in a text reads the date patterns (with a month name) of seven "shape" locales;
loading five CLDR locales only for them cost a first run about 0.05 s of CPU. The file keeps
them for the Babel version it names; with another Babel, or other skeletons in
translate/localize/dates.py, the package reads CLDR as before (same answers, slower).
tests/unit/test_date_shapes_file.py fails when the file is out of date.
"""

from __future__ import annotations

import argparse
import json
import sys

import babel

from translate.locales import get_locale, load_profiles
from translate.localize import dates


def table() -> dict[str, object]:
    ids = sorted({*dates.SHAPE_LOCALES, *load_profiles(),
                  *(p.language for p in load_profiles().values())})
    patterns = {}
    for locale_id in ids:
        locale = get_locale(locale_id)
        if locale is not None:
            patterns[locale_id] = dates._date_patterns(locale)
    return {"babel": babel.__version__, "skeletons": list(dates._SKELETONS),
            "patterns": patterns}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    args = parser.parse_args()
    text = json.dumps(table(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    path = dates.SHIPPED_SHAPES
    if args.check:
        current = path.is_file() and path.read_text(encoding="utf-8") == text
        print(f"{path}: {'fresh' if current else 'stale'}")
        return 0 if current else 1
    path.write_text(text, encoding="utf-8")
    print(f"{path}: {len(text):,} bytes for Babel {babel.__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
