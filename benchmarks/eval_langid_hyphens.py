"""Real sentences with a hyphened word, one language per treebank: what the default detector says.

    python benchmarks/eval_langid_hyphens.py [--mirror /work/.mirror]

langid33: the neighbour rules (es/pt/gl/ca) counted the tail of a hyphened word as a free word,
so the "los" of Portuguese "protegê-los" was a Spanish mark. This reads the ``# text =`` lines of
the dev and test files of four Universal Dependencies treebanks (their train files are
not in the mirrors) (news and wiki text, each at the
commit below, from a mirror: a git directory ``owner+name/repo``), keeps every sentence with a
hyphen between two letters (the only sentences the change can touch) and detects each alone
(``translate.detect.detect_language``, default detector). Per treebank: sentences, right, read
as each other language, and how many a neighbour rule decided (method ``neighbours``). Run it on
two trees (``PYTHONPATH=OLD``) and compare; nothing here is labelled by hand (the treebank's
language is the label).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

TREEBANKS = [  # (repository, commit, language, files)
    ("UniversalDependencies/UD_Portuguese-Porttinari", "87a07e1fb761d6d0a6e2a4d82b11b308344dabb9",
     "pt", ("pt_porttinari-ud-dev.conllu", "pt_porttinari-ud-test.conllu")),
    ("UniversalDependencies/UD_Portuguese-GSD", "691a8b597cc37e1c822ba808244c8eaca498eeb2",
     "pt", ("pt_gsd-ud-dev.conllu", "pt_gsd-ud-test.conllu")),
    ("UniversalDependencies/UD_Spanish-GSD", "57c045644664e5c1e169263cc4e3b95e40c078ba",
     "es", ("es_gsd-ud-dev.conllu", "es_gsd-ud-test.conllu")),
    ("UniversalDependencies/UD_Galician-CTG", "574219fccc24b437f5f3b62f2a7e75be4dcd0214",
     "gl", ("gl_ctg-ud-dev.conllu", "gl_ctg-ud-test.conllu")),
]
HYPHENED = re.compile(r"[^\W\d_][-\u2010\u2011][^\W\d_]")


def _sentences(mirror: Path, repo: str, commit: str, name: str) -> list[str]:
    git_dir = mirror / repo.replace("/", "+") / "repo"
    text = subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"{commit}:{name}"],
        check=True, capture_output=True, text=True,
    ).stdout
    return [line[len("# text = "):].strip() for line in text.splitlines()
            if line.startswith("# text = ")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mirror", default="/work/.mirror")
    args = parser.parse_args()
    from translate.detect import detect_language

    root = Path(__import__("translate").__file__).resolve().parent.parent
    commit = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip() or "(not a git tree)"
    print(f"# {datetime.now(UTC):%Y-%m-%dT%H:%MZ} eval_langid_hyphens; translate from {root} "
          f"(commit {commit}); {platform.machine()}; Python {platform.python_version()}; "
          f"load average {os.getloadavg()[0]:.2f}")
    total: Counter[str] = Counter()
    for repo, pin, lang, files in TREEBANKS:
        texts = [t for name in files for t in _sentences(Path(args.mirror), repo, pin, name)
                 if HYPHENED.search(t)]
        answers: Counter[str] = Counter()
        ruled = 0
        for text in texts:
            guess = detect_language(text)
            answers[guess.lang] += 1
            ruled += guess.method == "neighbours"
        right = answers[lang]
        others = ", ".join(f"{k} {n}" for k, n in sorted(answers.items()) if k != lang) or "none"
        print(f"{repo.split('/')[1]} ({lang}, {pin[:8]}): sentences with a hyphened word "
              f"{len(texts)}; right {right}; other answers: {others}; decided by neighbour "
              f"marks {ruled}")
        total["sentences"] += len(texts)
        total["right"] += right
    print(f"total: sentences {total['sentences']}; right {total['right']}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
