"""Write translate/localize/quantity-words/<lang>.json: the percent, currency and unit words
the number finder looks for next to a number, per language, normalized.

    python scripts/quantity_words.py            # rewrites the folder
    python scripts/quantity_words.py --check    # exit 1 when a file differs from the code

Reading CLDR's unit and currency data of a language and normalizing each of its tokens
(translate.localize.quantities) cost a first run about 0.1 s of CPU. A file is read only when
it names the installed Babel, Unicode data and unit list (``quantities.shipped_key``); for
another, or a language without a file, the package reads CLDR as before (same answers,
slower). tests/unit/test_quantity_words_file.py fails when a file is out of date.
"""

from __future__ import annotations

import argparse
import json
import sys

from translate.langdata import available_languages, section, str_list
from translate.locales import load_profiles
from translate.localize import quantities


def languages() -> list[str]:
    """Every language the pipeline may read or write, with its regional variants."""
    langs = {*available_languages(), *(p.language for p in load_profiles().values())}
    for lang in list(langs):
        table = section(lang, "quantities")
        langs.update(str_list(table, "variants", where=f"{lang}.toml [quantities]"))
    return sorted(langs)


def text_of(lang: str) -> str:
    before, after = quantities.normalized_entries(lang)
    ids = sorted({i for part in (before, after) for refs in part.values() for i in refs})
    index = {ident: n for n, ident in enumerate(ids)}
    data = {
        "key": quantities.shipped_key(),
        "ids": ids,
        **{
            name: {token: sorted(index[i] for i in refs) for token, refs in sorted(part.items())}
            for name, part in (("before", before), ("after", after))
        },
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether they are current")
    args = parser.parse_args()
    folder = quantities.SHIPPED_WORDS
    stale = []
    wanted = {f"{lang}.json": text_of(lang) for lang in languages()}
    for name, text in wanted.items():
        path = folder / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            stale.append(name)
    extra = sorted(p.name for p in folder.glob("*.json") if p.name not in wanted)
    if args.check:
        bad = stale + extra
        print(f"{folder}: {'stale: ' + ' '.join(bad) if bad else 'fresh'}")
        return 1 if bad else 0
    folder.mkdir(exist_ok=True)
    for name in extra:
        (folder / name).unlink()
    for name, text in wanted.items():
        (folder / name).write_text(text, encoding="utf-8")
    print(f"{folder}: {len(wanted)} languages, {sum(map(len, wanted.values())):,} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
