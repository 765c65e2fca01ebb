"""Real paragraphs of the languages the other neighbour rules decide between (langid37).

    python benchmarks/build_langid_groups.py [--mirror /work/.mirror] [--write]

langid36 measured the es/pt/gl/ca rule (``build_langid_neighbours.py``); this set is for the
other ``[[neighbours]]`` rules of ``locales/languages/scripts.toml``: cs/sk, hr/sr/bs/sl, id/ms,
ru/uk/be/bg/mk, da/nb/sv. The rule, fixed before any run of the detector on these texts:

* **Sources**: Universal Dependencies treebanks, each at the commit below, read from a mirror (a
  git directory ``owner+name/repo``); the ``# text =`` line of every sentence. No language-ID
  set of this project reads them (``benchmarks/langid``, ``langid_blocks``, ``langid_mixed``,
  ``langid_feeds``, ``langid_und``, ``langid_neighbours``, ``eval_langid_hyphens.py``).

  - held out (``heldout.tsv``, written by ``--write``): each treebank's test file: cs
    UD_Czech-PUD (news, wiki; CC BY-SA 4.0), sk UD_Slovak-SNK (CC BY-SA 4.0), hr
    UD_Croatian-SET (CC BY-SA 4.0), sr UD_Serbian-SET (news, CC BY-SA 4.0), sl
    UD_Slovenian-SSJ (CC BY-SA 4.0), id UD_Indonesian-GSD (CC BY-SA 4.0), ru UD_Russian-PUD
    (news, wiki; CC BY-SA 3.0), da UD_Danish-DDT (CC BY-SA 4.0), nb UD_Norwegian-Bokmaal
    (CC BY-SA 4.0), sv UD_Swedish-Talbanken (CC BY-SA 4.0).
  - development (read from the mirrors by ``eval_langid_groups.py --part dev`` and
    ``audit_neighbour_marks.py``, never written here): the dev file of the same treebank; Czech-PUD
    and Russian-PUD have only a test file, so Czech reads UD_Czech-FicTree dev (fiction) and
    Russian UD_Russian-Taiga dev.

  Ukrainian (UD_Ukrainian-IU, CC BY-NC-SA 4.0) and Bulgarian (UD_Bulgarian-BTB, CC BY-NC-SA
  3.0) are read for development only, never written into the set: their licence forbids
  commercial use, and the house rule takes no non-commercial text into a committed set (the
  first draw held 100 paragraphs of each; the integrator removed them, leaving 1,000).

  Not in reach: Bosnian, Malay and Belarusian (no treebank in the mirror, none fetched),
  Macedonian (UD_Macedonian-MTB holds grammar
  examples in one test file, no news-like text): those languages are measured on the langid
  texts only.
* **Label**: the source's language; nothing is read or relabelled by hand.
* **Units** (paragraphs of 5-40 words), as ``build_langid_neighbours.py``: the sentences of one
  document (``# newdoc``; a treebank without documents: each sentence alone) are packed in order
  into paragraphs of at most ``MAX_WORDS`` words; a paragraph of fewer than ``MIN_WORDS`` or more
  than ``MAX_WORDS`` words is left out.
* **Sample**: at most ``PER_LABEL`` paragraphs of each label, the first by the SHA-1 of the text.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_langid_neighbours import MAX_WORDS, MIN_WORDS, _documents, _paragraphs

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "data" / "langid_groups" / "heldout.tsv"
PER_LABEL = 100
UD = "UniversalDependencies/UD_"

# (part, repository, commit, file, label)
SOURCES = [
    ("heldout", UD + "Czech-PUD", "f68c66ccd8ab08fa343783a806fed446b905c07e",
     "cs_pud-ud-test.conllu", "cs"),
    ("heldout", UD + "Slovak-SNK", "d1ab58f827508e7c18610b931786f3b4a3a6e1be",
     "sk_snk-ud-test.conllu", "sk"),
    ("heldout", UD + "Croatian-SET", "54322513ea2a96eae0b974d1702d327d5785078f",
     "hr_set-ud-test.conllu", "hr"),
    ("heldout", UD + "Serbian-SET", "c88193deceecd1c5332f927c1aa0f888085f63f7",
     "sr_set-ud-test.conllu", "sr"),
    ("heldout", UD + "Slovenian-SSJ", "17011b12eae4e522da4d1eeeffd439085466623c",
     "sl_ssj-ud-test.conllu", "sl"),
    ("heldout", UD + "Indonesian-GSD", "89491e4d51c15da157175c303213ae5ff6f05f9d",
     "id_gsd-ud-test.conllu", "id"),
    ("heldout", UD + "Russian-PUD", "da5b3816eeaa24283c1d81a48bb1de4d062fc5d5",
     "ru_pud-ud-test.conllu", "ru"),
    ("heldout", UD + "Danish-DDT", "85faf86dc39f735722925fb1e822070d83649068",
     "da_ddt-ud-test.conllu", "da"),
    ("heldout", UD + "Norwegian-Bokmaal", "e83586ff8b324f147e767dccd7ed801b3666ca08",
     "no_bokmaal-ud-test.conllu", "nb"),
    ("heldout", UD + "Swedish-Talbanken", "30067217d275233ed460d0c0abafeaf22d63a3d2",
     "sv_talbanken-ud-test.conllu", "sv"),
    ("dev", UD + "Czech-FicTree", "6fce06709b29e4d24f88bc1871bfe2bb3edff0f9",
     "cs_fictree-ud-dev.conllu", "cs"),
    ("dev", UD + "Slovak-SNK", "d1ab58f827508e7c18610b931786f3b4a3a6e1be",
     "sk_snk-ud-dev.conllu", "sk"),
    ("dev", UD + "Croatian-SET", "54322513ea2a96eae0b974d1702d327d5785078f",
     "hr_set-ud-dev.conllu", "hr"),
    ("dev", UD + "Serbian-SET", "c88193deceecd1c5332f927c1aa0f888085f63f7",
     "sr_set-ud-dev.conllu", "sr"),
    ("dev", UD + "Slovenian-SSJ", "17011b12eae4e522da4d1eeeffd439085466623c",
     "sl_ssj-ud-dev.conllu", "sl"),
    ("dev", UD + "Indonesian-GSD", "89491e4d51c15da157175c303213ae5ff6f05f9d",
     "id_gsd-ud-dev.conllu", "id"),
    ("dev", UD + "Russian-Taiga", "3c64a056edcd5c6e2c29b3724d973729c354e016",
     "ru_taiga-ud-dev.conllu", "ru"),
    ("dev", UD + "Ukrainian-IU", "21f641ba6109044ce9aafd4b2cbfa20a4ac6e479",
     "uk_iu-ud-dev.conllu", "uk"),
    ("dev", UD + "Bulgarian-BTB", "b5cd6324b2015dbf3cd328ddebefc54dceddd202",
     "bg_btb-ud-dev.conllu", "bg"),
    ("dev", UD + "Danish-DDT", "85faf86dc39f735722925fb1e822070d83649068",
     "da_ddt-ud-dev.conllu", "da"),
    ("dev", UD + "Norwegian-Bokmaal", "e83586ff8b324f147e767dccd7ed801b3666ca08",
     "no_bokmaal-ud-dev.conllu", "nb"),
    ("dev", UD + "Swedish-Talbanken", "30067217d275233ed460d0c0abafeaf22d63a3d2",
     "sv_talbanken-ud-dev.conllu", "sv"),
]


def read(mirror: Path, repo: str, commit: str, name: str) -> str:
    git_dir = mirror / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{commit}:{name}"],
                          check=True, capture_output=True, text=True).stdout


def units(part: str, mirror: Path, per_label: int = PER_LABEL) -> list[tuple[str, str, str, str]]:
    """(label, source, document, text) of ``part``, sampled as the rule says."""
    by_label: dict[str, list[tuple[str, str, str, str]]] = {}
    for src_part, repo, commit, name, label in SOURCES:
        if src_part != part:
            continue
        source = f"{repo.split('/')[1]}:{name}"
        for doc, sentences in _documents(read(mirror, repo, commit, name)):
            for para in _paragraphs(sentences):
                if MIN_WORDS <= len(para.split()) <= MAX_WORDS:
                    by_label.setdefault(label, []).append((label, source, doc, para))
    out: list[tuple[str, str, str, str]] = []
    for lang in sorted(by_label):
        items = sorted(by_label[lang], key=lambda u: hashlib.sha1(u[3].encode()).hexdigest())
        out.extend(items[:per_label])
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
