"""Write translate/compiled-toml.bin: the shipped TOML files a run reads whole (locales/ and
glossary/words/; the glossary's entries are read through its own index), parsed, keyed by the
SHA-256 of each file's text (translate.tomlcache).

    python scripts/toml_cache.py            # rewrites the file
    python scripts/toml_cache.py --check    # exit 1 when it does not match the TOML files
"""

from __future__ import annotations

import argparse
import marshal
import sys
from pathlib import Path

from translate import tomlcache
from translate.data import data_dir


def texts() -> list[str]:
    files: list[Path] = []
    files.extend(sorted(data_dir("locales").rglob("*.toml")))
    files.extend(sorted((data_dir("glossary") / "words").rglob("*.toml")))
    return [path.read_text(encoding="utf-8") for path in files]


def expected() -> dict[bytes, object]:
    out: dict[bytes, object] = {}
    for text in texts():
        blob = tomlcache.entry(text)
        if blob is not None:
            out[tomlcache.digest(text)] = marshal.loads(blob)
    return out


def current() -> dict[bytes, object] | None:
    try:
        data = marshal.loads(tomlcache.SHIPPED.read_bytes())
        if data.get("version") != tomlcache.VERSION:
            return None
        return {k: marshal.loads(v) for k, v in data["entries"].items()}
    except (OSError, EOFError, ValueError, TypeError, AttributeError, KeyError):
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    args = parser.parse_args()
    if current() == expected():
        print(f"{tomlcache.SHIPPED.name}: current")
        return 0
    if args.check:
        print(f"{tomlcache.SHIPPED.name}: out of date; run python scripts/toml_cache.py")
        return 1
    count = tomlcache.write(texts())
    print(f"wrote {tomlcache.SHIPPED} ({count} files, {tomlcache.SHIPPED.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
