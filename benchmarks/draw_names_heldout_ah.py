"""Draw held-out name set ah (glossary40) by its rule.

The rule: tests/glossary/heldout/heldout-2026-12-06ah.RULE.md. Reads the `# text =` sentences of
the test and dev files of seven news-genre Universal Dependencies treebanks mirrored with the fetch
tool (git directories under /work/.mirror) with their UPOS column, and prints the recall draw (A)
and the precision draw (B) as JSON lines; the labels are written by hand afterwards. A candidate
word is a token the treebank tags PROPN that begins with a glossary form it is not itself.
Usage: python benchmarks/draw_names_heldout_ah.py > draw.jsonl
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import tomllib

from translate.glossary.load import gazetteer_files, load_glossary, read_gazetteer
from translate.glossary.normalize import fold

MIRROR = Path("/work/.mirror")
SOURCES = [  # (lang, repo, commit, files)
    ("hr", "UD_Croatian-SET", "5432251", ["hr_set-ud-test.conllu", "hr_set-ud-dev.conllu"]),
    ("sv", "UD_Swedish-Talbanken", "3006721",
     ["sv_talbanken-ud-test.conllu", "sv_talbanken-ud-dev.conllu"]),
    ("nn", "UD_Norwegian-Nynorsk", "d332ca7",
     ["no_nynorsk-ud-test.conllu", "no_nynorsk-ud-dev.conllu"]),
    ("sl", "UD_Slovenian-SSJ", "17011b1", ["sl_ssj-ud-test.conllu", "sl_ssj-ud-dev.conllu"]),
    ("fa", "UD_Persian-PerDT", "d728a98", ["fa_perdt-ud-test.conllu", "fa_perdt-ud-dev.conllu"]),
    ("lt", "UD_Lithuanian-HSE", "4153e68", ["lt_hse-ud-test.conllu", "lt_hse-ud-dev.conllu"]),
    ("hy", "UD_Armenian-BSUT", "309be1d", ["hy_bsut-ud-test.conllu", "hy_bsut-ud-dev.conllu"]),
]
PER_A, PER_B = 9, 1
N_A, N_B = 60, 7

Sentence = tuple[str, str, str, list[tuple[str, str]]]  # lang, id, text, [(form, upos)]


def sentences(lang: str, repo: str, commit: str, files: list[str]) -> list[Sentence]:
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
                if s and 20 <= len(s) <= 300:
                    out.append((lang, f"{repo}:{name.split('-')[-1].split('.')[0]}:{sid}", s, toks))
                sid, s, toks = "", "", []
    return out


def earlier_texts() -> set[str]:
    root = Path("tests/glossary")
    texts = set()
    for path in [*root.glob("dev/*.toml"), *root.glob("heldout/*.toml")]:
        if path.name.startswith("heldout-2026-12-06ah"):  # the set this script draws
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

    pool = [p for lang, repo, commit, files in SOURCES
            for p in sentences(lang, repo, commit, files) if p[2] not in texts]
    print(f"pool {len(pool)}", file=sys.stderr)
    rng = random.Random(2040)
    cands = [p for p in pool if candidate(p[0], p[3])]
    print(f"recall candidates {len(cands)}", file=sys.stderr)
    rng.shuffle(cands)
    taken, per = [], {}
    for lang, sid, s, _toks in cands:
        if per.get(lang, 0) < PER_A and len(taken) < N_A:
            per[lang] = per.get(lang, 0) + 1
            taken.append({"part": "A", "lang": lang, "id": sid, "text": s})
    used = {t["text"] for t in taken}
    rng = random.Random(2040)
    precs = [p for p in pool if p[2] not in used and not candidate(p[0], p[3])
             and sum(1 for _, u in p[3] if u == "PROPN") >= 2]
    print(f"precision candidates {len(precs)}", file=sys.stderr)
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
