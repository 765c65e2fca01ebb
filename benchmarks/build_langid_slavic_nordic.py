"""Real paragraphs of the languages of the worst neighbour confusions (langid38).

    python benchmarks/build_langid_slavic_nordic.py [--mirror /work/.mirror] [--write]

langid37's held-out set (``langid_groups``) left Serbian read as Bosnian (22 of 100 right),
Croatian as Bosnian, Danish and Bokmål swapping and Indonesian read as Malay, and had no
Bosnian, Malay, Nynorsk, Cyrillic Serbian or Catalan text at all. This set measures those
languages on text of one source, not read by any language-ID set of this project. The rule,
fixed before any run of the detector on these texts:

* **Source**: the Universal Declaration of Human Rights in Unicode (``unicode-org/udhr``, the
  commit below, read from a mirror: a git directory ``owner+name/repo``), ``data/udhr/udhr_<f>.xml``
  of the files listed in ``FILES``: the translations collected by the Office of the UN High
  Commissioner for Human Rights (OHCHR), each file headed "© The Office of the High Commisioner
  for Human Rights"; the repository has no licence file of its own (see the set's README).
  No language-ID set or rule of this project reads it (``benchmarks/langid``, ``langid_blocks``,
  ``langid_mixed``, ``langid_feeds``, ``langid_und``, ``langid_neighbours``, ``langid_groups``,
  ``eval_langid_hyphens.py``: Universal Dependencies treebanks, written texts, feeds, pages).
  The set is formal legal prose, not news: it measures the languages, not the register.
* **Label**: the file's language as the UDHR index gives it (``iso639-3``/``bcp47``), mapped to
  the detector's codes: hrv hr, srp (Latin and Cyrillic files) sr, bos (Latin and Cyrillic
  files) bs, slv sl, dan da, nob nb, nno nn, swe sv, ind id, zlm (Latin file) ms, cat ca. Nothing
  is read or relabelled by hand.
* **Units**, two bands, titles never:

  - ``short``: every ``<para>`` of the preamble and the articles (a list item's paragraph
    included) of 5-40 words (whitespace-separated), whitespace collapsed;
  - ``long``: the preamble and every article, its paragraphs joined in order by a space, of
    40-150 words.

  A short paragraph can also be part of a long unit (the same words, read alone and in context).
* **Sample**: every unit; nothing is left out but by the word bands.
* **Development** (for rules and data): never these files. The project's development texts
  (``eval_langid_groups.py --part dev``, ``audit_neighbour_marks.py``: the dev files of the
  Universal Dependencies treebanks) and the ``benchmarks/langid`` development part.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "langid_slavic_nordic" / "heldout.tsv"
REPO = "unicode-org/udhr"
COMMIT = "91daa23a768864dfd2f5a9ddeeefe37e95fac31b"
SHORT = (5, 40)
LONG = (40, 150)
# UDHR file -> label
FILES = {
    "hrv": "hr", "srp_latn": "sr", "srp_cyrl": "sr", "bos_latn": "bs", "bos_cyrl": "bs",
    "slv": "sl", "dan": "da", "nob": "nb", "nno": "nn", "swe": "sv", "ind": "id",
    "mly_latn": "ms", "cat": "ca",
}
NS = "{http://www.unhchr.ch/udhr}"


def read(mirror: Path, name: str) -> str:
    git_dir = mirror / REPO.replace("/", "+") / "repo"
    return subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{COMMIT}:{name}"],
                          check=True, capture_output=True, text=True).stdout


def _paras(section: ET.Element) -> list[str]:
    """The section's ``<para>`` texts in order (list items' included), titles never."""
    out = []
    for para in section.iter(f"{NS}para"):
        text = " ".join("".join(para.itertext()).split())
        if text:
            out.append(text)
    return out


def units(mirror: Path) -> list[tuple[str, str, str, str]]:
    """(label, source, document, text): document is ``preamble|article N`` and the band."""
    rows: list[tuple[str, str, str, str]] = []
    for f, label in FILES.items():
        source = f"udhr:data/udhr/udhr_{f}.xml"
        root = ET.fromstring(read(mirror, f"data/udhr/udhr_{f}.xml"))
        sections = [("preamble" if s.tag == f"{NS}preamble" else f"article {s.get('number')}", s)
                    for s in root if s.tag in (f"{NS}preamble", f"{NS}article")]
        for name, section in sections:
            paras = _paras(section)
            for i, para in enumerate(paras, 1):
                if SHORT[0] <= len(para.split()) <= SHORT[1]:
                    rows.append((label, source, f"{name} para {i} short", para))
            joined = " ".join(paras)
            if LONG[0] <= len(joined.split()) <= LONG[1]:
                rows.append((label, source, f"{name} long", joined))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mirror", default="/work/.mirror")
    parser.add_argument("--write", action="store_true", help="write the held-out set")
    args = parser.parse_args()
    rows = units(Path(args.mirror))
    counts: dict[str, int] = {}
    for label, _, doc, _ in rows:
        key = f"{label} {doc.rsplit(' ', 1)[1]}"
        counts[key] = counts.get(key, 0) + 1
    print("held out:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if args.write:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
