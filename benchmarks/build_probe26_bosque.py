"""Rebuild real Portuguese news documents of UD_Portuguese-Bosque as small HTML articles (probe26).

Source: github.com/UniversalDependencies/UD_Portuguese-Bosque, `not-to-release/documents/*.conllu`
(CETENFolha = Folha de S. Paulo, pt-BR; CETEMPúblico = Público, pt-PT), CC BY-SA 4.0.
Selection rule (written before any was run): documents of 6 to 25 sentences, none of whose
sentences is in a names set (`tests/glossary/heldout/*.toml`); `random.Random(26)` draws 18 CF
and 18 CP documents. Each article: the first sentence is the `<h1>` when it has no final
punctuation mark (a headline), else it opens the body; the rest in paragraphs of three sentences.

usage: python benchmarks/build_probe26_bosque.py MIRROR_GIT_DIR COMMIT OUT_DIR
"""
from __future__ import annotations

import glob
import html
import random
import subprocess
import sys
from pathlib import Path


def main() -> None:
    git_dir, commit, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    root = Path(__file__).resolve().parent.parent
    held = glob.glob(str(root / "tests/glossary/heldout/*.toml"))
    used = "\n".join(Path(f).read_text(encoding="utf-8") for f in held)
    names = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "--name-only", commit,
                            "not-to-release/documents/"],
                           capture_output=True, text=True, check=True).stdout.split()
    docs: dict[str, list[tuple[str, list[str]]]] = {"CF": [], "CP": []}
    for name in sorted(names):
        if not name.endswith(".conllu"):
            continue
        text = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:{name}"],
                              capture_output=True, text=True, check=True).stdout
        sents = [ln[len("# text = "):].strip() for ln in text.splitlines()
                 if ln.startswith("# text = ")]
        if not 6 <= len(sents) <= 25 or any(s in used for s in sents):
            continue
        docs[Path(name).stem[:2]].append((Path(name).stem, sents))
    rng = random.Random(26)
    for kind, lang in (("CF", "pt-BR"), ("CP", "pt-PT")):
        for doc_id, sents in rng.sample(docs[kind], 18):
            head = ""
            body = sents
            if sents[0][-1:] not in ".!?:;»\"'…)":
                head, body = sents[0], sents[1:]
            paras = ["<p>" + " ".join(html.escape(s) for s in body[i:i + 3]) + "</p>"
                     for i in range(0, len(body), 3)]
            page = (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
                    f"<title>{html.escape(head)}</title></head><body><article>\n"
                    + (f"<h1>{html.escape(head)}</h1>\n" if head else "")
                    + "\n".join(paras) + "\n</article></body></html>\n")
            (out / f"bosque-{doc_id}.html").write_text(page, encoding="utf-8")


if __name__ == "__main__":
    main()
