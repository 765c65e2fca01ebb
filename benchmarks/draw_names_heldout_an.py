"""Draw held-out name set an (glossary52) by its rule.

The rule: tests/glossary/heldout/heldout-2026-12-07an.RULE.md. Reads the five IOB files of the
Europeana Newspapers NER corpora (CC0; historic German, French and Dutch newspapers, OCR text with
hand-made PER/LOC/ORG tags), mirrored with the fetch tool (a git directory under /work/.mirror),
cuts them into sentences at ". ! ?" tokens, and prints the recall draw (A) and the precision draw
(B) as JSON lines; the labels are written by hand afterwards. A candidate word is a token the
annotators tag as part of a named entity (B-/I-) that begins with a glossary form it is not itself
(am's rule, the entity tag standing for the treebanks' PROPN).
Usage: python benchmarks/draw_names_heldout_an.py > draw.jsonl
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

GIT = Path("/work/.mirror/EuropeanaNewspapers+ner-corpora/repo")
COMMIT = "6bf838d"
SOURCES = [  # (lang, file)
    ("de", "enp_DE.lft.bio/enp_DE.lft.bio"),
    ("de", "enp_DE.onb.bio/enp_DE.onb.bio"),
    ("de", "enp_DE.sbb.bio/enp_DE.sbb.bio"),
    ("fr", "enp_FR.bnf.bio/enp_FR.bnf.bio"),
    ("nl", "enp_NL.kb.bio/enp_NL.kb.bio"),
]
PER_A, PER_B = 20, 2
N_A, N_B = 60, 8
ENDS = {".", "!", "?"}

Sentence = tuple[str, str, str, list[tuple[str, str]]]  # lang, id, text, [(form, tag)]


def join(tokens: list[str]) -> str:
    s = " ".join(tokens)
    s = re.sub(r" ([,.;:!?)\]])", r"\1", s)
    return re.sub(r"([(\[]) ", r"\1", s)


def sentences(lang: str, name: str) -> list[Sentence]:
    text = subprocess.run(["git", "-C", str(GIT), "show", f"{COMMIT}:{name}"],
                          capture_output=True, text=True, check=True).stdout
    out: list[Sentence] = []
    toks: list[tuple[str, str]] = []
    short = name.split("/")[-1].removesuffix(".bio")

    def flush(n: int) -> None:
        if toks:
            s = join([f for f, _ in toks])
            if 20 <= len(s) <= 300:
                out.append((lang, f"{short}:{n}", s, list(toks)))
        toks.clear()

    for n, line in enumerate(text.splitlines(), 1):
        if line.startswith("#") or not line.strip():
            flush(n)
            continue
        parts = line.rsplit(None, 1)
        if len(parts) != 2:
            continue
        form, tag = parts
        toks.append((form, tag))
        if form in ENDS:
            flush(n)
    flush(0)
    return out


def earlier_texts() -> set[str]:
    root = Path("tests/glossary")
    texts = set()
    for path in [*root.glob("dev/*.toml"), *root.glob("heldout/*.toml")]:
        if path.name.startswith("heldout-2026-12-07an"):  # the set this script draws
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

    def is_entity(tag: str) -> bool:
        return tag[:2].upper() in {"B-", "I-"}

    def candidate(lang: str, toks: list[tuple[str, str]]) -> bool:
        for form, tag in toks:
            if not is_entity(tag) or form in raw_written:
                continue
            f = fold(form)
            if f in written:
                continue
            if any(f.startswith(st) for st in stems):
                return True
        return False

    pool = [p for lang, name in SOURCES for p in sentences(lang, name) if p[2] not in texts]
    print(f"pool {len(pool)}", file=sys.stderr)
    rng = random.Random(2052)
    cands = [p for p in pool if candidate(p[0], p[3])]
    print(f"recall candidates {len(cands)}", file=sys.stderr)
    rng.shuffle(cands)
    taken, per = [], {}
    for lang, sid, s, _toks in cands:
        if per.get(lang, 0) < PER_A and len(taken) < N_A:
            per[lang] = per.get(lang, 0) + 1
            taken.append({"part": "A", "lang": lang, "id": sid, "text": s})
    used = {t["text"] for t in taken}
    rng = random.Random(2052)
    precs = [p for p in pool if p[2] not in used and not candidate(p[0], p[3])
             and sum(1 for _, t in p[3] if is_entity(t)) >= 2]
    print(f"precision candidates {len(precs)}", file=sys.stderr)
    if "--counts" in sys.argv:  # sizes only, no sentence printed
        for lang in sorted({lang for lang, _ in SOURCES}):
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
