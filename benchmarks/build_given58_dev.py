"""Build the development batch of given names and surnames of glossary58 (development data).

Reads the person providers of Faker 40.54.0 (MIT licence; its name lists are public sources it
cites, e.g. ismlar.com's top 100 for Uzbek) from the wheel (``pip download faker==40.54.0
--no-deps``) and writes ``benchmarks/data/given58_names.json``: per locale, its given names and
surnames as Faker lists them. Central Asian / Turkic (uz_UZ, az_AZ, tr_TR) and Slavic (ru_RU,
uk_UA, bg_BG, mk_MK) locales, and the Caucasus's ka_GE and hy_AM. Not KazNERD (set ao, held out).
Usage: python benchmarks/build_given58_dev.py faker-40.54.0-py3-none-any.whl
"""

from __future__ import annotations

import ast
import json
import sys
import zipfile
from pathlib import Path

LOCALES = ["uz_UZ", "az_AZ", "tr_TR", "ru_RU", "uk_UA", "bg_BG", "mk_MK", "ka_GE", "hy_AM"]
OUT = Path(__file__).parent / "data" / "given58_names.json"


def lists(source: str) -> dict[str, list[str]]:
    """The module's ``first_names*`` and ``last_names*`` tuples (or dicts' keys)."""
    out: dict[str, list[str]] = {}
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and
                isinstance(node.targets[0], ast.Name)):
            continue
        name = node.targets[0].id
        if "first_name" not in name and "last_name" not in name:
            continue
        try:
            value = ast.literal_eval(node.value)
        except ValueError:
            continue  # a computed list (OrderedDict(...)): its parts are listed on their own
        items = list(value) if isinstance(value, (dict, list, tuple)) else []
        if items and all(isinstance(x, str) for x in items):
            out[name] = items
    return out


def main() -> None:
    wheel = zipfile.ZipFile(sys.argv[1])
    data: dict[str, object] = {
        "source": "Faker 40.54.0 (MIT), faker/providers/person/<locale>/__init__.py",
        "role": "development (glossary58): never a held-out set",
    }
    for loc in LOCALES:
        text = wheel.read(f"faker/providers/person/{loc}/__init__.py").decode("utf-8")
        found = lists(text)
        data[loc] = {
            "given": sorted({n for k, v in found.items() if k.startswith("first_name")
                             for n in v}),
            "surnames": sorted({n for k, v in found.items() if k.startswith("last_name")
                                for n in v}),
        }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(OUT, {loc: {k: len(v) for k, v in data[loc].items()}  # type: ignore[union-attr]
                for loc in LOCALES})


if __name__ == "__main__":
    main()
