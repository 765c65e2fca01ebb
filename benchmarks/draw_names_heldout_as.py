"""Draw held-out name set as (glossary60) by its rule.

The rule: tests/glossary/heldout/heldout-2026-12-08as.RULE.md. Reads the Nepali news NER corpus
EBIQUITY v2 of Oyesh Mann Singh, Ankur Padia and Anupam Joshi (github.com/oya163/nepali-ner, MIT
licence; sentences of Nepali online news, named entities tagged by hand: PER, ORG, LOC), mirrored
with the fetch tool (a git directory under /work/.mirror), and prints the recall draw (A) and the
precision draw (B) as JSON lines; the labels are written by hand afterwards. A candidate word is a
token tagged PER, ORG or LOC that begins with a glossary form it is not itself (an's rule); a
sentence's group is the tag of its first candidate word (person, organisation, place), at most 15 a
group (ao's rule).
Usage: python benchmarks/draw_names_heldout_as.py > draw.jsonl   (--counts: sizes only;
--extra: the addendum A2 only, the place group's next 15 sentences in the same order)
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

GIT = Path("/work/.mirror/oya163+nepali-ner/repo")
COMMIT = "872aa14"
FILES = ["data/ebiquity_v2/raw/total.bio"]
TYPES = {"PER": "person", "ORG": "organisation", "LOC": "place"}
PER_GROUP, N_A, N_B = 15, 45, 6
N_EXTRA = 15  # the addendum A2 (--extra), written after A was labelled
SEED = 2060

Sentence = tuple[str, str, list[tuple[str, str]]]  # id, text, [(form, tag)]


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(GIT), *args],
                          capture_output=True, text=True, check=True).stdout


def join(tokens: list[str]) -> str:
    s = " ".join(tokens)
    s = re.sub(r" ([,.;:!?)\]”»।॥])", r"\1", s)
    return re.sub(r"([(\[“«]) ", r"\1", s)


def sentences(name: str) -> list[Sentence]:
    text = git("show", f"{COMMIT}:{name}")
    out: list[Sentence] = []
    short = Path(name).parts[1]  # ebiquity_v2
    toks: list[tuple[str, str]] = []
    n = 0
    for line in [*text.splitlines(), ""]:
        parts = line.strip().split()
        if len(parts) >= 2 and parts[0]:
            toks.append((parts[0], parts[-1]))
            continue
        if not line.strip() and toks:
            s = join([f for f, _ in toks])
            if 20 <= len(s) <= 300:
                out.append((f"{short}:{n}", s, toks))
            n += 1
            toks = []
    return out


def earlier_texts() -> set[str]:
    root = Path("tests/glossary")
    texts = set()
    for path in [*root.glob("dev/*.toml"), *root.glob("heldout/*.toml")]:
        if path.name.startswith("heldout-2026-12-08as"):  # the set this script draws
            continue
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for table in ("case", "precision", "repair"):
            for c in data.get(table, []):
                for key in ("text", "source", "output"):
                    if isinstance(c.get(key), str):
                        texts.add(c[key])
    return texts


def kind(tag: str) -> str | None:
    head, _, name = tag.rpartition("-")  # B-LOC, I-LOC
    if head.upper() not in {"B", "I"}:
        return None
    return TYPES.get(name)


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

    def group(toks: list[tuple[str, str]]) -> str | None:
        for form, tag in toks:
            k = kind(tag)
            if k is None or form in raw_written:
                continue
            f = fold(form)
            if f in written:
                continue
            if any(f.startswith(st) for st in stems):
                return k
        return None

    pool = [p for name in FILES for p in sentences(name) if p[1] not in texts]
    print(f"pool {len(pool)}", file=sys.stderr)
    grouped = [(p, group(p[2])) for p in pool]
    cands = [(p, g) for p, g in grouped if g is not None]
    print(f"recall candidates {len(cands)}", file=sys.stderr)
    rng = random.Random(SEED)
    rng.shuffle(cands)
    taken: list[dict[str, str]] = []
    per: dict[str, int] = {}
    for p, g in cands:  # first pass: at most PER_GROUP a group
        if per.get(g or "", 0) < PER_GROUP and len(taken) < N_A:
            per[g or ""] = per.get(g or "", 0) + 1
            taken.append({"part": "A", "group": g or "", "id": p[0], "text": p[1]})
    ids = {t["id"] for t in taken}
    for p, g in cands:  # places a short group left, in the same order
        if len(taken) < N_A and p[0] not in ids:
            ids.add(p[0])
            taken.append({"part": "A", "group": g or "", "id": p[0], "text": p[1]})
    if "--extra" in sys.argv:  # the rule's addendum (A2): the place group's next sentences
        extra = [p for p, g in cands if g == "place" and p[0] not in ids][:N_EXTRA]
        for p in extra:
            print(json.dumps({"part": "A2", "group": "place", "id": p[0], "text": p[1]},
                             ensure_ascii=False))
        return
    used = {t["text"] for t in taken}
    precs = [p for p, g in grouped if g is None and p[1] not in used
             and sum(1 for _, t in p[2] if kind(t)) >= 2]
    print(f"precision candidates {len(precs)}", file=sys.stderr)
    if "--counts" in sys.argv:  # sizes only, no sentence printed
        for k in ("person", "organisation", "place"):
            print(k, sum(g == k for _, g in cands), file=sys.stderr)
        return
    rng = random.Random(SEED)
    rng.shuffle(precs)
    for p in precs[:N_B]:
        taken.append({"part": "B", "group": "", "id": p[0], "text": p[1]})
    for t in taken:
        print(json.dumps(t, ensure_ascii=False))


if __name__ == "__main__":
    main()
