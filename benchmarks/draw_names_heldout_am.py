"""Draw held-out name set am (glossary50) by its rule.

The rule: tests/glossary/heldout/heldout-2026-12-07am.RULE.md. Reads the `# text =` sentences of
the test files of two news-genre Universal Dependencies treebanks mirrored with the fetch
tool (git directories under /work/.mirror) with their UPOS column, and prints the recall draw (A)
and the precision draw (B) as JSON lines; the labels are written by hand afterwards. A candidate
word is a token the treebank tags PROPN that begins with a glossary form it is not itself.
Usage: python benchmarks/draw_names_heldout_am.py > draw.jsonl
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

import tomllib

from translate.glossary.load import gazetteer_files, load_glossary, read_gazetteer
from translate.glossary.normalize import fold

MIRROR = Path("/work/.mirror")
SOURCES = [  # (lang, repo, commit, files, sent_id filter); Sindhi: its dev branch
    ("sd", "UD_Sindhi-MazharDootio", "625e88d", ["sd_mazhardootio-ud-test.conllu"], r""),
    ("gsw", "UD_Swiss_German-UZH", "e98370a", ["gsw_uzh-ud-test.conllu"], r""),
]
PER_A, PER_B = 20, 2
N_A, N_B = 60, 8

Sentence = tuple[str, str, str, list[tuple[str, str]]]  # lang, id, text, [(form, upos)]


def sentences(lang: str, repo: str, commit: str, files: list[str], keep: str) -> list[Sentence]:
    git = MIRROR / f"UniversalDependencies+{repo}" / "repo"
    out: list[Sentence] = []
    for name in files:
        text = subprocess.run(["git", "-C", str(git), "show", f"{commit}:{name}"],
                              capture_output=True, text=True, check=True).stdout
        sid, s, toks = "", "", []
        for line in [*text.splitlines(), ""]:
            if line.startswith("# sent_id"):
                sid = line.split("=", 1)[1].strip()
            elif line.startswith("# text ="):
                s = line.split("=", 1)[1].strip()
            elif line and line[0].isdigit():
                cols = line.split("\t")
                if "-" not in cols[0] and "." not in cols[0]:
                    toks.append((cols[1], cols[3]))
            elif not line:
                if s and 20 <= len(s) <= 300 and re.match(keep, sid):
                    out.append((lang, f"{repo}:{name.split('-')[-1].split('.')[0]}:{sid}", s, toks))
                sid, s, toks = "", "", []
    return out


def earlier_texts() -> set[str]:
    root = Path("tests/glossary")
    texts = set()
    for path in [*root.glob("dev/*.toml"), *root.glob("heldout/*.toml")]:
        if path.name.startswith("heldout-2026-12-07am"):  # the set this script draws
            continue
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for table in ("case", "precision", "repair"):
            for c in data.get(table, []):
                for key in ("text", "source", "output"):
                    if isinstance(c.get(key), str):
                        texts.add(c[key])
    return texts


def main() -> None:
    glossary = load_glossary(gazetteer=False)
    raw_written = {t for e in glossary for t in [*(t for _, t in e.variants), *e.forms.values()]}
    written = {fold(t) for t in raw_written}
    raw_all = set(raw_written)
    for path in gazetteer_files():
        for names in read_gazetteer(path).values():
            raw_all.update(names)
    stems = {fold(t) for t in raw_all if " " not in t and len(t) >= 4}
    texts = earlier_texts()

    def candidate(lang: str, toks: list[tuple[str, str]]) -> bool:
        for form, upos in toks:
            if upos != "PROPN" or form in raw_written:
                continue
            f = fold(form)
            if f in written:
                continue
            if any(f.startswith(st) for st in stems):
                return True
        return False

    pool = [p for lang, repo, commit, files, keep in SOURCES
            for p in sentences(lang, repo, commit, files, keep) if p[2] not in texts]
    print(f"pool {len(pool)}", file=sys.stderr)
    rng = random.Random(2050)
    cands = [p for p in pool if candidate(p[0], p[3])]
    print(f"recall candidates {len(cands)}", file=sys.stderr)
    rng.shuffle(cands)
    taken, per = [], {}
    for lang, sid, s, _toks in cands:
        if per.get(lang, 0) < PER_A and len(taken) < N_A:
            per[lang] = per.get(lang, 0) + 1
            taken.append({"part": "A", "lang": lang, "id": sid, "text": s})
    used = {t["text"] for t in taken}
    rng = random.Random(2050)
    precs = [p for p in pool if p[2] not in used and not candidate(p[0], p[3])
             and sum(1 for _, u in p[3] if u == "PROPN") >= 2]
    print(f"precision candidates {len(precs)}", file=sys.stderr)
    if "--counts" in sys.argv:  # sizes only, no sentence printed
        for lang, *_ in SOURCES:
            print(lang, sum(p[0] == lang for p in pool), sum(p[0] == lang for p in cands),
                  file=sys.stderr)
        return
    rng.shuffle(precs)
    per = {}
    for lang, sid, s, _toks in precs:
        if per.get(lang, 0) < PER_B and sum(per.values()) < N_B:
            per[lang] = per.get(lang, 0) + 1
            taken.append({"part": "B", "lang": lang, "id": sid, "text": s})
    for t in taken:
        print(json.dumps(t, ensure_ascii=False))


if __name__ == "__main__":
    main()
