"""Serbian ekavian and Croatian/Bosnian ijekavian spellings of the same words, counted on
development text (langid38).

    python benchmarks/reflex_marks.py [--mirror /work/.mirror] [--min N]

Standard Serbian writes the old yat as ``e`` (ekavian: "vreme", "mesto", "reč"); Croatian and
Bosnian write ``ije``/``je`` (ijekavian: "vrijeme", "mjesto", "riječ"). A word of the Serbian
development text with an ``e`` whose ijekavian spelling (one ``e`` written ``ije`` or ``je``) is
a word of the Croatian development text is a pair of spellings of one word. The pair marks the
languages when each spelling is the other text's at most a fifth as often (langid36's rule for a
shared mark: ``audit_neighbour_marks.CORPUS_SHARE``), each is seen at least ``--min`` times, and
Slovene development text writes the ekavian spelling less than a fifth as often as Serbian's
(Slovene "mesto", "vreme" are Slovene words too). The ekavian spelling is then a Serbian mark,
the ijekavian one a Croatian and a Bosnian mark (Bosnian has no development text here; its
standard is ijekavian, as Croatian's).

Development text only: the dev files ``build_langid_groups.py`` names for sr, hr and sl
(``audit_neighbour_marks.corpus``), never a held-out file. Prints the pairs and the two TOML
lists; the lists in ``locales/languages/scripts.toml`` (``[[neighbours]]`` ``hr-sr-bs-sl``) are
copied from this output.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from audit_neighbour_marks import CORPUS_SHARE, corpus


def ijekavian(word: str) -> list[str]:
    """Every spelling of ``word`` with one ``e`` written ``ije`` or ``je``."""
    out = []
    for i, ch in enumerate(word):
        if ch == "e":
            out += [word[:i] + "ije" + word[i + 1:], word[:i] + "je" + word[i + 1:]]
    return out


def pairs(mirror: Path, minimum: int) -> list[tuple[str, str, float, float]]:
    """(ekavian, ijekavian, Serbian rate, Croatian rate) per 10,000 words."""
    sr, hr, sl = (corpus(mirror, lang) for lang in ("sr", "hr", "sl"))
    size = {k: sum(c.values()) for k, c in (("sr", sr), ("hr", hr), ("sl", sl))}

    def rate(counts: dict[str, int], lang: str, word: str) -> float:
        return 1e4 * counts.get(word, 0) / size[lang]

    found = []
    for word, n in sr.items():
        if n < minimum:
            continue
        for variant in ijekavian(word):
            if hr.get(variant, 0) < minimum:
                continue
            e_sr, e_hr, e_sl = rate(sr, "sr", word), rate(hr, "hr", word), rate(sl, "sl", word)
            j_sr, j_hr = rate(sr, "sr", variant), rate(hr, "hr", variant)
            if e_hr < CORPUS_SHARE * e_sr and j_sr < CORPUS_SHARE * j_hr \
                    and e_sl < CORPUS_SHARE * e_sr:
                found.append((word, variant, e_sr, j_hr))
    return sorted(found)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mirror", default="/work/.mirror")
    parser.add_argument("--min", type=int, default=2, help="times each spelling is seen")
    args = parser.parse_args()
    print(f"# {datetime.now(UTC):%Y-%m-%dT%H:%MZ} reflex_marks --min {args.min}; "
          f"{platform.machine()}; Python {platform.python_version()}; "
          f"load average {os.getloadavg()[0]:.2f}")
    found = pairs(Path(args.mirror), args.min)
    for ek, ijek, e_rate, j_rate in found:
        print(f"{ek} (sr {e_rate:.1f}) / {ijek} (hr {j_rate:.1f})")
    print(f"# {len(found)} pairs")
    print("sr = [" + ", ".join(f'"{e}"' for e, *_ in found) + "]")
    print("hr, bs = [" + ", ".join(f'"{j}"' for _, j, *_ in found) + "]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
