"""Write translate/compiled-regexes.bin: the opcodes of the regular expressions a run builds
from data (translate.regexcache), so that a run does not compile them again.

    python scripts/regex_cache.py            # rewrites the file
    python scripts/regex_cache.py --check    # exit 1 when the file differs from the code

What it holds, for every language with a rule file and every target locale:
* every boilerplate rule of every ``locales/languages/*.toml`` (translate.boilerplate);
* the modal classes and the names' patterns of the checks (``translate.facts``), for the
  embedded engine's languages;
* every CLDR date shape the date finder may try (its probe and its regex) and the month probe,
  for the shapes and names the editions of the embedded engine's pairs use (English into each
  Portuguese locale, Portuguese into English; translate.localize.stage.source_dates and
  target_dates). Other pairs' shapes would make the file several megabytes.
Any other pattern is compiled by ``re`` at run time, as before. The file is for the
interpreter that wrote it (``regexcache.engine_key``); another one ignores it.
tests/unit/test_regexcache.py fails when it is out of date.
"""

from __future__ import annotations

import argparse
import marshal
import sys

from translate import facts, regexcache
from translate.boilerplate import _file_rules
from translate.langdata import COMMON, languages_dir
from translate.locales import load_profiles
from translate.localize import dates
from translate.localize.stage import localizer_for, source_dates, target_dates

SOURCES = ("en", "pt")  # the embedded engine's languages: every out-of-the-box edition


def wanted() -> set[tuple[str, int]]:
    """Every (pattern, flags) the file should hold."""
    keys: set[tuple[tuple[str, ...], tuple[str, ...], str]] = set()
    original = dates._date_shapes

    def recording(shapes: tuple[str, ...], names: tuple[str, ...], suffix: str) -> object:
        keys.add((shapes, names, suffix))
        return original(shapes, names, suffix)

    regexcache.RECORD = set()
    dates._date_shapes = recording  # type: ignore[assignment]
    try:
        names = sorted(
            {p.stem for p in languages_dir().glob("*.toml")} - {"detect", "scripts"} | {COMMON}
        )
        for name in names:
            _file_rules(name)
        # a text with a month name, so that the finders look at the shapes
        for profile in load_profiles().values():
            for source in SOURCES:
                if source == profile.language or profile.language not in SOURCES:
                    continue  # the embedded engine's pairs only: other targets compile
                loc = localizer_for(profile, source)
                for text in ("1 January 2020", "1 de janeiro de 2020"):
                    source_dates(text, loc)
                    target_dates(text, loc)
        # the checks' regexes of each language's facts data whose text is the data's order
        # (translate.facts: the modal classes, the names' runs and genitives)
        for lang in SOURCES:
            facts._modal_data.cache_clear()
            facts._name_data.cache_clear()
            facts._modal_data(lang)
            facts._name_data(lang)
        for shapes, name_locales, suffix in sorted(keys):
            for shape in original(shapes, name_locales, suffix):
                shape.probe  # noqa: B018 - compiled through regexcache, so recorded
                dates._compiled(shape.regex, shape.flags)
        return set(regexcache.RECORD)
    finally:
        regexcache.RECORD = None
        dates._date_shapes = original


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    args = parser.parse_args()
    patterns = wanted()
    current: object = None
    if regexcache.SHIPPED.is_file():
        current = marshal.loads(regexcache.SHIPPED.read_bytes())
    expected = {
        "key": regexcache.engine_key(),
        "entries": {k: regexcache.entry_of(*k) for k in sorted(patterns)},
    }
    decoded = None
    if isinstance(current, dict) and isinstance(current.get("entries"), dict):
        try:
            decoded = {
                "key": current.get("key"),
                "entries": {k: regexcache.decode(v) for k, v in current["entries"].items()},
            }
        except Exception:  # another format: out of date
            decoded = None
    if decoded == expected:
        print(f"{regexcache.SHIPPED.name}: current ({len(patterns)} patterns)")
        return 0
    if args.check:
        print(f"{regexcache.SHIPPED.name}: out of date; run python scripts/regex_cache.py")
        return 1
    data = regexcache.write(patterns)
    print(f"wrote {regexcache.SHIPPED} ({len(patterns)} patterns, {len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
