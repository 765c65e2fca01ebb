"""Real paragraphs of the languages the es/pt/gl/ca neighbour rule decides between (langid36).

    python benchmarks/build_langid_neighbours.py [--mirror /work/.mirror] [--write]

The rule, fixed before any run of the detector on these texts:

* **Sources**: Universal Dependencies treebanks, each at the commit below, read from a mirror (a
  git directory ``owner+name/repo``); the ``# text =`` line of every sentence. No language-ID
  set of this project reads them (``benchmarks/langid``, ``langid_blocks``, ``langid_mixed``,
  ``langid_feeds``, ``langid_und``; ``eval_langid_hyphens.py`` reads other treebanks and files).

  - held out (``heldout.tsv``, written by ``--write``): UD_Spanish-PUD test (es, news and wiki,
    CC BY-SA 3.0), UD_Portuguese-Bosque test (CETENFolha documents ``CF*``: pt-BR; CETEMPúblico
    documents ``CP*``: pt-PT; CC BY-SA 4.0), UD_Galician-TreeGal test (gl, news, LGPL-LR).
  - development (read from the mirrors by ``eval_langid_neighbours.py --part dev``, never
    written here): UD_Spanish-GSD dev (es), UD_Portuguese-Bosque dev (pt-BR and pt-PT as
    above), UD_Galician-TreeGal train and UD_Galician-CTG dev (gl).

  No Catalan treebank's text is in reach (UD_Catalan-AnCora's files are too large for the
  mirror): Catalan is measured on the langid texts only.
* **Label**: the source's language (pt-BR and pt-PT by the document's newspaper); nothing is
  read or relabelled by hand.
* **Units** (paragraphs of 5-40 words): the sentences of one document (``# newdoc``; a
  treebank without documents: each sentence alone) are packed in order into paragraphs of at
  most ``MAX_WORDS`` whitespace-separated words (a sentence that would pass it starts the next
  paragraph); a paragraph of fewer than ``MIN_WORDS`` words or more than ``MAX_WORDS`` (one long
  sentence) is left out. Bosque's document CF74 (probe34's refused document, whatever file
  holds it) is left out.
* **Sample**: at most ``PER_LABEL`` paragraphs of each label, the first by the SHA-1 of the text.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "langid_neighbours" / "heldout.tsv"
MIN_WORDS, MAX_WORDS, PER_LABEL = 5, 40, 150
EXCLUDED_DOCS = frozenset({"CF74", "CF0074"})

# (part, repository, commit, file, label or None for Bosque's CF/CP split)
SOURCES = [
    ("heldout", "UniversalDependencies/UD_Spanish-PUD", "818a82b8628c9cbec78750c7e83ccba34b9ce22b",
     "es_pud-ud-test.conllu", "es"),
    ("heldout", "UniversalDependencies/UD_Portuguese-Bosque",
     "5de7ac34028ff6d1718031a4b0ae895717ed8dbe", "pt_bosque-ud-test.conllu", None),
    ("heldout", "UniversalDependencies/UD_Galician-TreeGal",
     "0b9224483beddb2c05f51228f7823aa77450c0a4", "gl_treegal-ud-test.conllu", "gl"),
    ("dev", "UniversalDependencies/UD_Spanish-GSD", "57c045644664e5c1e169263cc4e3b95e40c078ba",
     "es_gsd-ud-dev.conllu", "es"),
    ("dev", "UniversalDependencies/UD_Portuguese-Bosque",
     "5de7ac34028ff6d1718031a4b0ae895717ed8dbe", "pt_bosque-ud-dev.conllu", None),
    ("dev", "UniversalDependencies/UD_Galician-TreeGal",
     "0b9224483beddb2c05f51228f7823aa77450c0a4", "gl_treegal-ud-train.conllu", "gl"),
    ("dev", "UniversalDependencies/UD_Galician-CTG", "574219fccc24b437f5f3b62f2a7e75be4dcd0214",
     "gl_ctg-ud-dev.conllu", "gl"),
]
_DOC_RE = re.compile(r"^# newdoc(?:_id| id)\s*=\s*(\S+)")


def _documents(text: str) -> Iterator[tuple[str, list[str]]]:
    """(document id, its sentences in order); each sentence alone without ``# newdoc``."""
    doc: str | None = None
    sentences: list[str] = []
    has_docs = any(_DOC_RE.match(line) for line in text.splitlines()[:50])
    count = 0
    for line in text.splitlines():
        m = _DOC_RE.match(line)
        if m:
            if doc is not None and sentences:
                yield doc, sentences
            doc, sentences = m.group(1), []
        elif line.startswith("# text = "):
            sentence = " ".join(line[len("# text = "):].split())
            if has_docs:
                sentences.append(sentence)
            else:
                count += 1
                yield str(count), [sentence]
    if doc is not None and sentences:
        yield doc, sentences


def _paragraphs(sentences: list[str]) -> Iterator[str]:
    current: list[str] = []
    words = 0
    for sentence in sentences:
        n = len(sentence.split())
        if current and words + n > MAX_WORDS:
            yield " ".join(current)
            current, words = [], 0
        current.append(sentence)
        words += n
    if current:
        yield " ".join(current)


def units(part: str, mirror: Path) -> list[tuple[str, str, str, str]]:
    """(label, source, document, text) of ``part``, sampled as the rule says."""
    by_label: dict[str, list[tuple[str, str, str, str]]] = {}
    for src_part, repo, commit, name, label in SOURCES:
        if src_part != part:
            continue
        git_dir = mirror / repo.replace("/", "+") / "repo"
        text = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{commit}:{name}"],
                              check=True, capture_output=True, text=True).stdout
        source = f"{repo.split('/')[1]}:{name}"
        for doc, sentences in _documents(text):
            if doc in EXCLUDED_DOCS:
                continue
            lang = label or ("pt-BR" if doc.startswith("CF") else
                             "pt-PT" if doc.startswith("CP") else "")
            if not lang:
                continue
            for para in _paragraphs(sentences):
                if MIN_WORDS <= len(para.split()) <= MAX_WORDS:
                    by_label.setdefault(lang, []).append((lang, source, doc, para))
    out: list[tuple[str, str, str, str]] = []
    for lang in sorted(by_label):
        items = sorted(by_label[lang], key=lambda u: hashlib.sha1(u[3].encode()).hexdigest())
        out.extend(items[:PER_LABEL])
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mirror", default="/work/.mirror")
    parser.add_argument("--write", action="store_true", help="write the held-out part")
    args = parser.parse_args()
    rows = units("heldout", Path(args.mirror))
    counts: dict[str, int] = {}
    for lang, *_ in rows:
        counts[lang] = counts.get(lang, 0) + 1
    print("held out:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if args.write:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
