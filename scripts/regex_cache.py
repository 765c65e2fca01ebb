"""Write translate/compiled-regexes.bin: the opcodes of the regular expressions a run compiles
(translate.regexcache), so that a run does not compile them again.

    python scripts/regex_cache.py            # rewrites the file
    python scripts/regex_cache.py --check    # exit 1 when the file differs from the code

What it holds, recorded in a fresh process (``--record``), every pattern compiled through
``translate.regexcache.compile`` (the package's ``re_compile``) while
* every module of the package is imported (its module-level patterns), but for the HTTP
  service and the cluster runner (``translate.serve``, ``translate.cluster``: optional
  dependencies, and long-lived processes that compile once);
* every boilerplate rule of every ``locales/languages/*.toml`` is built (translate.boilerplate);
* each memoized builder of a language's data (a ``functools.cache`` function of the package
  whose one parameter is ``lang``: the checks' word lists and patterns in ``translate.facts``,
  the names' and works' data) runs for the embedded engine's languages, and the spelling
  tables of their locales are built;
* every CLDR date shape the date finder may try (its probe and its regex) and the month probe
  are built, for the shapes and names the editions of the embedded engine's pairs use (English
  into each Portuguese locale, Portuguese into English; translate.localize.stage.source_dates
  and target_dates). Other pairs' shapes would make the file several megabytes.
A pattern whose text depends on the process's string hashing (an alternation joined from a
set) is left out: only what two processes with different hash seeds both compiled is kept, so
the file is the same wherever it is written. Any other pattern is compiled by ``re`` at run
time, as before. The file is for the interpreter that wrote it (``regexcache.engine_key``);
another one ignores it. tests/unit/test_regexcache.py fails when it is out of date.
"""

from __future__ import annotations

import argparse
import inspect
import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

from translate import regexcache

SOURCES = ("en", "pt")  # the embedded engine's languages: every out-of-the-box edition
SKIP = ("translate.serve", "translate.cluster")  # optional dependencies; long-lived skins
HASH_SEEDS = ("0", "1")


def _record() -> set[tuple[str, int]]:
    """Every (pattern, flags) compiled through regexcache while the package is exercised; in a
    process where no module of the package compiled anything yet."""
    import importlib
    import pkgutil

    regexcache.RECORD = set()
    import translate

    for info in pkgutil.walk_packages(translate.__path__, "translate."):
        name = info.name
        if name.startswith(SKIP) or name.rpartition(".")[2] in ("__main__", "child_main"):
            continue
        importlib.import_module(name)

    from translate import facts
    from translate.boilerplate import _file_rules
    from translate.langdata import COMMON, languages_dir
    from translate.locales import load_profiles
    from translate.localize import dates
    from translate.localize.stage import localizer_for, source_dates, target_dates
    from translate.spelling import table_for

    keys: set[tuple[tuple[str, ...], tuple[str, ...], str]] = set()
    original = dates._date_shapes

    def recording(shapes: tuple[str, ...], names: tuple[str, ...], suffix: str) -> object:
        keys.add((shapes, names, suffix))
        return original(shapes, names, suffix)

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
                table_for(profile.tag)
        for lang in SOURCES:
            facts._modal_data.cache_clear()
            facts._name_data.cache_clear()
            facts._modal_data(lang)
            facts._name_data(lang)
        for module in [m for n, m in sorted(sys.modules.items()) if n.startswith("translate.")]:
            for _, builder in sorted(vars(module).items()):
                if not hasattr(builder, "cache_info") or \
                        getattr(builder, "__module__", None) != module.__name__:
                    continue
                try:
                    params = list(inspect.signature(builder).parameters.values())
                except (TypeError, ValueError):
                    continue
                if [p.name for p in params] == ["lang"]:
                    for lang in SOURCES:
                        builder(lang)
        # every checker on the seed article's sentences (each its own target, and beside a
        # Portuguese sentence): the builders taking more than a language, with the arguments
        # the checks give them
        from translate.check import CHECKERS, CheckContext
        from translate.localize.stage import readings_shared
        from translate.model import Segment, TranslatedSegment

        seed = Path(__file__).resolve().parents[1] / "examples" / "caucasus-talks.txt"
        lines = [x.strip() for x in seed.read_text(encoding="utf-8").splitlines() if x.strip()]
        other = "Na segunda-feira, 3 de dezembro de 2026, os preços subiram 5% e não caíram."
        for profile in sorted(load_profiles().values(), key=lambda p: p.tag):
            for source in SOURCES:
                if source == profile.language or profile.language not in SOURCES:
                    continue
                ctx = CheckContext(source, profile.language, profile.tag)
                segs = [TranslatedSegment(Segment(f"s{i}", 0, 0, text, 0, len(text), source),
                                          target)
                        for i, line in enumerate(lines)
                        for text, target in ((line, line), (line, other), (other, line))]
                with readings_shared():
                    for checker in CHECKERS:
                        for seg in segs:
                            checker(seg, ctx)
        # every section's direction gate (speed48: the pre-test of check_direction now skips
        # most of them on the sentences above, so they are built here, as a run needing them
        # would build them)
        for source in SOURCES:
            for section, first, second, _ in facts._POLARITIES:
                facts._direction_gate(source, section, first, second)
        for shapes, name_locales, suffix in sorted(keys):
            for shape in original(shapes, name_locales, suffix):
                shape.probe  # noqa: B018 - compiled through regexcache, so recorded
                dates._compiled(shape.regex, shape.flags)
        return set(regexcache.RECORD)
    finally:
        regexcache.RECORD = None
        dates._date_shapes = original


def wanted() -> set[tuple[str, int]]:
    """Every (pattern, flags) the file should hold: recorded in fresh processes, one per hash
    seed, and kept when every one of them compiled it."""
    found: set[tuple[str, int]] | None = None
    for seed in HASH_SEEDS:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--record"], env=env,
            capture_output=True, text=True, check=True,
        )
        recorded = {(str(p), int(f)) for p, f in json.loads(run.stdout)}
        found = recorded if found is None else found & recorded
    return found or set()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is current")
    parser.add_argument("--record", action="store_true",
                        help="print what this process compiles, as JSON (used by the others)")
    args = parser.parse_args()
    if args.record:
        json.dump(sorted(_record()), sys.stdout)  # ASCII: a pattern may hold a lone surrogate
        return 0
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
