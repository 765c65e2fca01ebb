"""Census of given names read as listed names (glossary58; development data only).

For each given name of ``benchmarks/data/given58_names.json`` (Faker's Central Asian, Turkic,
Slavic and Caucasian lists; ``build_given58_dev.py``), two sentences of one fixed frame of its
language: the given name alone, and the given name with one of the locale's surnames
(``random.Random(58)``), the name mid-sentence. None of them names a listed entity, so every
mention ``find_mentions`` returns that touches the name is a false reading: the script prints
one line per false reading (development items) and a summary row per locale.
Usage: python benchmarks/names58_given_census.py [--sample N] > FILE
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path

from translate.glossary import load_glossary
from translate.glossary.match import find_mentions

DATA = Path(__file__).parent / "data" / "given58_names.json"
# one frame per language, the name after the verb or object (not a sentence's first word)
FRAMES = {
    "uz_UZ": ("uz", "Bu haqda jurnalistlarga {} ma'lum qildi."),
    "az_AZ": ("az", "Bu barədə jurnalistlərə {} məlumat verib."),
    "tr_TR": ("tr", "Bu konuda gazetecilere {} açıklama yaptı."),
    "ru_RU": ("ru", "Об этом журналистам рассказал {}."),
    "uk_UA": ("uk", "Про це журналістам розповів {}."),
    "bg_BG": ("bg", "Това каза пред журналисти {}."),
    "mk_MK": ("mk", "Ова им изјави на новинарите {}."),
    "ka_GE": ("ka", "ამის შესახებ ჟურნალისტებს {} განუცხადა."),
    "hy_AM": ("hy", "Այդ մասին լրագրողներին հայտնել է {}։"),
}


def main() -> None:
    sample = int(sys.argv[sys.argv.index("--sample") + 1]) if "--sample" in sys.argv else 0
    data = json.loads(DATA.read_text(encoding="utf-8"))
    glossary = load_glossary()
    persons = {e.name.casefold() for e in glossary if e.type == "person"}
    rng = random.Random(58)
    rows = []
    for loc, (lang, frame) in FRAMES.items():
        given, surnames = data[loc]["given"], data[loc]["surnames"]
        if sample:
            given = random.Random(58).sample(given, min(sample, len(given)))
        texts = Counter[str]()
        wrong = Counter[str]()
        for g in given:
            for name in (g, f"{g} {rng.choice(surnames)}"):
                if name.casefold() in persons:
                    continue
                text = frame.format(name)
                start = text.index(name)
                end = start + len(name)
                kind = "alone" if name == g else "with surname"
                texts[kind] += 1
                for m in find_mentions(text, glossary, source_lang=lang):
                    if m.start < end and m.end > start:
                        wrong[kind] += 1
                        wrong[m.entry.type] += 1
                        print(f"{loc}\t{kind}\t{name}\t{m.surface!r} -> {m.entry.id} "
                              f"({m.entry.type}, {m.match})")
                        break
        rows.append((loc, texts["alone"], wrong["alone"], texts["with surname"],
                     wrong["with surname"], wrong["person"], wrong["place"],
                     wrong["org"] + wrong["other"]))
    print("\nlocale  alone read/texts  with-surname read/texts  as person  as place  as other")
    total = [0] * 7
    for loc, ta, wa, ts, ws, p, pl, o in rows:
        print(f"{loc}  {wa}/{ta}  {ws}/{ts}  {p}  {pl}  {o}")
        total = [a + b for a, b in zip(total, (ta, wa, ts, ws, p, pl, o), strict=True)]
    ta, wa, ts, ws, p, pl, o = total
    print(f"all  {wa}/{ta}  {ws}/{ts}  {p}  {pl}  {o}  (false readings: {wa + ws} of {ta + ts})")


if __name__ == "__main__":
    main()
