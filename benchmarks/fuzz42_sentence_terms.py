"""fuzz42: does ``glossary import``'s sentence rule refuse real names? (a development count)

``translate.glossary.io.sentence_term`` is asked of every form of the shipped glossary (its
names, aliases and locale forms) and of CLDR's display names (territories, languages, scripts,
currencies) in every locale babel ships: each is a name, none must read as a sentence. And of
sentences: every sentence of systemd's English message catalogue
``/usr/lib/systemd/catalog/systemd.catalog`` (LGPL-2.1-or-later, read where Debian installs
it), which should. The shipped glossary was looked at while the rule was
written: a development set.

    python benchmarks/fuzz42_sentence_terms.py
"""

from __future__ import annotations

import os
import platform
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from babel import Locale, localedata

    from translate.glossary import load_glossary
    from translate.glossary.io import sentence_term

    print(f"# fuzz42_sentence_terms: {platform.machine()}, {os.cpu_count()} cores (shared), "
          f"load {os.getloadavg()[0]:.1f}, {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}")
    forms = [t for e in load_glossary((), builtin=True) for _, t in (*e.variants,
                                                                       *e.forms.items())]
    hits = [t for t in forms if sentence_term(t)]
    print(f"shipped glossary: {len(forms)} forms, {len(hits)} read as sentences")
    for t in hits[:20]:
        print(f"  FALSE {t}")
    names: set[str] = set()
    for tag in localedata.locale_identifiers():
        loc = Locale.parse(tag)
        for table in (loc.territories, loc.languages, loc.scripts, loc.currencies):
            names.update(str(v) for v in table.values())
    hits = sorted(t for t in names if sentence_term(t))
    print(f"CLDR display names ({len(localedata.locale_identifiers())} locales): {len(names)} "
          f"names, {len(hits)} read as sentences")
    for t in hits[:20]:
        print(f"  FALSE {t}")
    sentences = []
    catalog = Path("/usr/lib/systemd/catalog/systemd.catalog").read_text(encoding="utf-8")
    for para in catalog.split("\n\n"):
        if para.startswith(("#", "--")) or "@" in para:
            continue
        sentences += [s for s in re.split(r"(?<=[.!?])\s+", " ".join(para.split()))
                      if re.search(r"[.!?]$", s)]
    caught = sum(1 for s in sentences if sentence_term(s))
    by = {"under 5 words": [0, 0], "5+ words": [0, 0]}
    for s in sentences:
        band = by["5+ words" if len(s.split()) >= 5 else "under 5 words"]
        band[1] += 1
        band[0] += bool(sentence_term(s))
    print(f"sentences (systemd.catalog, English): {len(sentences)}, "
          f"{caught} read as sentences; " + ", ".join(f"{k}: {v[0]} of {v[1]}" for k, v in
                                                      by.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
