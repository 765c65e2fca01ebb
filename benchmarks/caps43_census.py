"""caps43 census of the development bulletins: probe40's 13 pyWWA products (the five in
capitals are caps41's bulletins; akrherz/pyWWA ``examples/``, MIT; NWS text public domain),
rebuilt with probe40's builder (``caps41_bulletins.nws_blocks``), and the Portuguese pages of
probe41 (DANTEStocks posts, CC BY 4.0) and probe26 (Bosque, CC BY-SA 4.0), both development.
Lists (1) every word of two to four letters in capitals that the measure tables read as a
unit only through the capitals fold ("FT", "MI", "NÓS": no key as written), after a number or
not (read word by word, whatever ``measures_in`` then does with it), and (2) every
abbreviation of the language's ``[segment] prefixes`` ("FT", "MT", "DR") written in capitals
before a word in capitals.

Usage: ``python benchmarks/caps43_census.py PYWWA_GIT_DIR``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from caps41_bulletins import md, nws_blocks  # noqa: E402

CODES = ["TCP", "TCD", "SQW", "SEL", "PNS_damage", "PNS_damage_multi2", "FFWPPG", "FRWOUN",
         "AFD", "RFW", "AQA", "PNS", "FFW"]
_WORD = re.compile(r"(?<![\w/])[^\W\d_]{2,4}(?![\w/])")  # a word, not part of "KM/H"
_NUMBER = re.compile(r"\d[ \u00a0\u202f\u2009-]{0,2}$")


def main() -> None:
    from translate.capitals import places
    from translate.localize import quantities as q

    git_dir = sys.argv[1]
    print(f"# {datetime.now(UTC):%Y-%m-%dT%H:%MZ} caps43_census; code "
          f"{os.path.dirname(q.__file__)}; load {os.getloadavg()[0]:.2f}")
    docs = []
    for c in CODES:
        t = subprocess.run(["git", "--git-dir", git_dir, "show", f"HEAD:examples/{c}.txt"],
                           check=True, capture_output=True).stdout.decode("utf-8")
        docs.append(("en", c, md(c, nws_blocks(t, c))))
    for sub in ("probe41_pt", "probe26_pt"):
        for p in sorted((HERE / "data" / sub).iterdir()):
            if p.name != "README.md":
                docs.append(("pt", p.name, p.read_text(encoding="utf-8")))
    folded: dict[tuple[str, bool], int] = {}
    heads = 0
    for lang, name, text in docs:
        _lex, table = q._either_side((lang,))
        for m in _WORD.finditer(text):
            w = m.group()
            if not (w.isupper() and q._folded(w, table) and q._lookup(w, table)):
                continue
            after = bool(_NUMBER.search(text[:m.start()]))
            folded[(lang, after)] = folded.get((lang, after), 0) + 1
            print(f"unit {lang} {name:28} {'after a number' if after else 'NO NUMBER':14} "
                  f"{w!r:8} ...{text[max(0, m.start() - 30):m.end() + 25]!r}")
        abbrevs = places(lang).heads
        for m in re.finditer(r"\b([A-Z]{2,4})\.? ([A-Z]{2,})\b", text):
            if m.group(1).lower() in abbrevs:
                heads += 1
                print(f"head {lang} {name:28} {m.group()!r}")
    print(f"# units in capitals read through the fold (language, after a number): {folded}")
    print(f"# abbreviations before a name, in capitals: {heads}")
    print(f"# documents: {sum(1 for d in docs if d[0] == 'en')} en, "
          f"{sum(1 for d in docs if d[0] == 'pt')} pt")


if __name__ == "__main__":
    main()
