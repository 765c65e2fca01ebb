"""langcheck40: real lines in another language than their page, which the language check must
still hold or route to their own language (never pass as the page's language), as written and in
capitals; and the page paragraphs they are put in. Writes ``tests/data/langcheck40/blocks.json``.

    python benchmarks/build_langcheck40_blocks.py --mirrors /work/.mirror

Rule (fixed before reading any output): from each source below, the first 4 sentences of 5 to 12
words (a treebank's ``# text =`` lines in file order; the English decision's sentences from
character 9,000 on, after the part probe38 swept, split at ". ", of 5 to 20 words: widened after
the first build found one of 5 to 12), each as written and upper-cased.
The pages: the first 3 paragraphs of 12 words or more of a Portuguese decision (LeNER-Br
``AC1TJAC``, not one of probe38's eight) and of the English decision (its first 9,000 characters).

Sources and licences:
- UniversalDependencies UD_Spanish-GSD, UD_Italian-PUD, UD_Romanian-RRT, UD_Polish-PUD test
  files: CC BY-SA 4.0, 3.0, 4.0, 4.0;
- UniversalDependencies UD_Portuguese-PUD test file (foreign on the English page): CC BY-SA 3.0;
- freelawproject/juriscraper ``bva_subexample_1.txt`` (a Board of Veterans' Appeals decision):
  BSD-2-Clause fixture; US government text, public domain;
- peluz/lener-br ``leNER-Br/raw_text/AC1TJAC.txt`` (an Acre court decision): MIT; Brazilian
  court decisions are unprotected (Lei 9.610/98 art. 8, IV).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "langcheck40" / "blocks.json"
UD = {"es": ("UD_Spanish-GSD", "es_gsd-ud-test.conllu"),
      "it": ("UD_Italian-PUD", "it_pud-ud-test.conllu"),
      "pl": ("UD_Polish-PUD", "pl_pud-ud-test.conllu"),
      "ro": ("UD_Romanian-RRT", "ro_rrt-ud-test.conllu"),
      "pt": ("UD_Portuguese-PUD", "pt_pud-ud-test.conllu")}


def show(mirrors: Path, repo: str, path: str) -> str:
    git_dir = f"--git-dir={mirrors / repo / 'repo'}"
    out = subprocess.run(["git", git_dir, "show", f"HEAD:{path}"], capture_output=True, check=True)
    return out.stdout.decode("utf-8", "replace")


def short(sentences: list[str], most: int = 12) -> list[str]:
    return [s for s in sentences if 5 <= len(s.split()) <= most][:4]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirrors", type=Path, required=True)
    args = ap.parse_args()
    foreign: dict[str, list[str]] = {}
    for lang, (repo, path) in UD.items():
        text = show(args.mirrors, "UniversalDependencies+" + repo, path)
        foreign[lang] = short([ln[len("# text = "):].strip() for ln in text.splitlines()
                               if ln.startswith("# text = ")])
    bva = show(args.mirrors, "freelawproject+juriscraper",
               "tests/examples/opinions/united_states/bva_subexample_1.txt").replace("\ufffd", "§")
    joined = re.sub(r"\s+", " ", bva)
    foreign["en"] = short([s.strip() + "." for s in joined[9000:].split(". ")][1:], most=20)
    en_page = [p for p in (re.sub(r"\s+", " ", x).strip() for x in bva[:9000].split("\n\n"))
               if len(p.split()) >= 12][:3]
    acre = show(args.mirrors, "peluz+lener-br", "leNER-Br/raw_text/AC1TJAC.txt")
    pt_page = [p for p in (re.sub(r"\s+", " ", x).strip() for x in re.split(r"\n(?=\d+\. )", acre))
               if len(p.split()) >= 12][:3]
    data = {"pages": {"pt": pt_page, "en": en_page},
            "blocks": [{"lang": lang, "text": t, "capitals": caps}
                       for lang, texts in foreign.items() for t in texts
                       for caps, t in ((False, t), (True, t.upper()))]}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    pages = {k: len(v) for k, v in data["pages"].items()}
    print(len(data["blocks"]), "blocks;", pages, "page paragraphs")


if __name__ == "__main__":
    main()
