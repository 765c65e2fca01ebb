"""Build translate/glossary/shipped-index.bin: the shipped glossary with its indexes prebuilt.

    python scripts/glossary_index.py            # rewrites translate/glossary/shipped-index.bin
    python scripts/glossary_index.py --check    # exit 1 when the committed file is out of date

A fresh install's first ``translate run`` would otherwise spend about 0.4 s of CPU reading the
glossary's TOML, adding CLDR countries and gazetteer names and building the matcher's and the
injected-name check's indexes (translate/glossary/cache.py). The file is keyed by a hash of the
content of glossary/, the code of translate/glossary/ and the Babel, anyascii and Unicode
versions; when any of them changes, the package builds the glossary as before (slower, same
answers) until this script is run again, and tests/glossary/test_shipped_index.py fails.
"""

from __future__ import annotations

import argparse
import os
import sys

from translate.glossary import cache


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":  # sets marshalled in one order: same bytes
        os.execve(sys.executable, [sys.executable, *sys.argv],
                  {**os.environ, "PYTHONHASHSEED": "0"})
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    args = parser.parse_args()
    if args.check:
        state = cache.shipped_state()
        print(f"{cache.SHIPPED}: {state}")
        return 0 if state == "fresh" else 1
    data = cache.build_shipped()
    tmp = cache.SHIPPED.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(cache.SHIPPED)
    print(f"{cache.SHIPPED}: {len(data):,} bytes, key {cache.shipped_key()[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
