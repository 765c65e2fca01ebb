"""fuzz42: a reviewer's pt-BR target in a third language (neither the source's nor the edition's).

Asks ``translate.check.in_other_language(target, "en", "pt")`` (what ``review apply`` and ``tm
import`` ask of a person's text; absent before fuzz42: "no such reading") of two sets, read from
files Debian installs (not copied into the repository; licences below):

* real Portuguese, which must never be refused: the sentences of gnupg's help texts
  ``/usr/share/gnupg/help.pt_BR.txt`` and ``help.pt.txt`` (GnuPG, GPL-3.0-or-later) and of
  systemd's message catalogue ``/usr/lib/systemd/catalog/systemd.pt_BR.catalog``
  (LGPL-2.1-or-later), and the first 1 to 6 words of each (short lines);
* other languages, each sentence given as a pt-BR target: gnupg's help texts in es, gl, ca, it,
  fr, de, ro and systemd's catalogue in de, fr, it, pl, hr, da (same licences).

No earlier set drew from these files. Written before the reading it measures (fuzz42); a
held-out set: the rule was not fitted to it.

    python benchmarks/fuzz42_third_language.py
"""

from __future__ import annotations

import os
import platform
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GNUPG = Path("/usr/share/gnupg")
SYSTEMD = Path("/usr/lib/systemd/catalog")
_SENT = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÀ-Ýa-zà-ÿ\"“(])")


def _paragraphs_gnupg(path: Path) -> list[str]:
    out: list[str] = []
    para: list[str] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("#") or line.startswith(".") or not line.strip():
            if para:
                out.append(" ".join(para))
                para = []
            continue
        para.append(line.strip())
    if para:
        out.append(" ".join(para))
    return out


def _paragraphs_systemd(path: Path) -> list[str]:
    out: list[str] = []
    para: list[str] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        header = re.match(r"(Subject|Defined-By|Support|Documentation|-- )", line)
        if line.startswith("#") or header or not line.strip():
            if para:
                out.append(" ".join(para))
                para = []
            if line.startswith("Subject:"):
                out.append(line.partition(":")[2].strip())
            continue
        para.append(line.strip())
    if para:
        out.append(" ".join(para))
    return out


def sentences(paragraphs: list[str]) -> list[str]:
    out: list[str] = []
    for p in paragraphs:
        # leave out lines that are mostly code, paths or placeholders (@UNIT@, /etc/...)
        out.extend(s.strip() for s in _SENT.split(p) if s.strip() and "@" not in s)
    return out


def portuguese() -> list[str]:
    paras = _paragraphs_gnupg(GNUPG / "help.pt_BR.txt") + _paragraphs_gnupg(GNUPG / "help.pt.txt")
    paras += _paragraphs_systemd(SYSTEMD / "systemd.pt_BR.catalog")
    return sentences(paras)


def others() -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    for lang in ("es", "gl", "ca", "it", "fr", "de", "ro"):
        sets[f"gnupg-{lang}"] = sentences(_paragraphs_gnupg(GNUPG / f"help.{lang}.txt"))
    for lang in ("de", "fr", "it", "pl", "hr", "da"):
        catalog = SYSTEMD / f"systemd.{lang}.catalog"
        sets[f"systemd-{lang}"] = sentences(_paragraphs_systemd(catalog))
    return sets


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from translate import check

    reading = getattr(check, "in_other_language", None)
    print(f"# fuzz42_third_language: {platform.machine()}, {os.cpu_count()} cores (shared), "
          f"load {os.getloadavg()[0]:.1f}, {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}; "
          f"reading: {'check.in_other_language' if reading else 'none (no such reading)'}")

    def judge(text: str) -> str | None:
        return reading(text, "en", "pt") if reading else None

    pt = portuguese()
    short = sorted({" ".join(s.split()[:n]) for s in pt for n in range(1, 7)})
    for name, texts in (("pt sentences", pt), ("pt short lines (1-6 words)", short)):
        refused = [t for t in texts if judge(t)]
        print(f"{name}: {len(texts)} texts, {len(refused)} refused (false)")
        for t in refused[:20]:  # a false refusal is shown: the set is not fitted to
            print(f"  FALSE {t[:100]}")
    total, caught, by_words = 0, 0, Counter()
    for name, texts in others().items():
        got = [t for t in texts if judge(t)]
        total += len(texts)
        caught += len(got)
        for t in texts:
            n = len(t.split())
            band = "1-3" if n < 4 else "4-7" if n < 8 else "8+"
            by_words[(band, bool(judge(t)))] += 1
        print(f"{name}: {len(texts)} sentences, {len(got)} read as another language")
    print(f"other languages: {total} sentences, {caught} caught; by words: " + ", ".join(
        f"{b} {by_words[(b, True)]} of {by_words[(b, True)] + by_words[(b, False)]}"
        for b in ("1-3", "4-7", "8+")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
