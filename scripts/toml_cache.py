"""Write translate/compiled-toml.bin: the shipped TOML files a run reads whole (locales/ and
glossary/words/; the glossary's entries are read through its own index), parsed, keyed by the
SHA-256 of each file's text (translate.tomlcache); and translate/compiled-words.bin: the
spelling dictionaries of glossary/words/ (*.txt) as sorted keys, and the town table
(local_towns.toml) built per language, keyed the same way.

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
    files.extend(p for p in sorted((data_dir("glossary") / "words").rglob("*.toml"))
                 if p.name != tomlcache.TOWNS_FILE)  # in compiled-words.bin, per language
    return [path.read_text(encoding="utf-8") for path in files]


def word_texts() -> tuple[list[str], list[str]]:
    """The texts of the spelling dictionaries and of the town table."""
    folder = data_dir("glossary") / "words"
    lists = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return lists, [(folder / tomlcache.TOWNS_FILE).read_text(encoding="utf-8")]


def expected_words() -> tuple[dict[str, tomlcache.Keys], dict[str, dict[str, object]]]:
    from translate.glossary import words

    lists: dict[str, tomlcache.Keys] = {}
    towns: dict[str, dict[str, object]] = {}
    dictionaries, tables = word_texts()
    for text in dictionaries:
        found = words._parse_word_list(text)
        for key in (*found.common, *found.proper):
            if not key or "\n" in key:
                raise SystemExit(f"a dictionary key cannot be held as a line: {key!r}")
        keys = words.joined_keys(found)
        lists[text] = (keys.common_lines, keys.proper_lines, keys.common_spans,
                       keys.proper_spans)
    for text in tables:
        built: dict[str, object] = {}
        for lang, table in tomlcache.tomllib.loads(text).items():
            town = words.build_local_towns(table) if isinstance(table, dict) else None
            if town is not None:
                built[lang] = (town.others, town.by_first)
        towns[text] = built
    return lists, towns


def words_current() -> bool:
    lists, towns = expected_words()
    try:
        data = marshal.loads(tomlcache.WORDS.read_bytes())
        if data.get("version") != tomlcache.WORDS_VERSION:
            return False
        want_lists = {tomlcache.digest(t): v for t, v in lists.items()}
        want_towns = {tomlcache.digest(t): v for t, v in towns.items()}
        have_towns = {k: {lang: marshal.loads(b) for lang, b in v.items()}
                      for k, v in data["towns"].items()}
        return bool(data["lists"] == want_lists and have_towns == want_towns)
    except (OSError, EOFError, ValueError, TypeError, AttributeError, KeyError):
        return False


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
    toml_ok, words_ok = current() == expected(), words_current()
    if toml_ok and words_ok:
        print(f"{tomlcache.SHIPPED.name}, {tomlcache.WORDS.name}: current")
        return 0
    if args.check:
        print(f"{tomlcache.SHIPPED.name} or {tomlcache.WORDS.name}: out of date; "
              "run python scripts/toml_cache.py")
        return 1
    if not toml_ok:
        count = tomlcache.write(texts())
        print(f"wrote {tomlcache.SHIPPED} ({count} files, "
              f"{tomlcache.SHIPPED.stat().st_size:,} bytes)")
    if not words_ok:
        count = tomlcache.write_words(*expected_words())
        print(f"wrote {tomlcache.WORDS} ({count} files, {tomlcache.WORDS.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
