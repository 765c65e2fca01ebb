"""Draw held-out name set ad (glossary32) by its rule.

The rule: tests/glossary/heldout/heldout-2026-12-06ad.RULE.md. Reads the `# text =` sentences
of six UD treebanks mirrored with the fetch tool (git directories under /work/.mirror) and
prints the recall draw (A) and precision draw (B) as JSON lines; the labels are written by
hand afterwards.  Usage: python benchmarks/draw_names_heldout_ad.py > draw.jsonl
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
SOURCES = [  # (lang, repo, commit, files)
    ("nl", "UD_Dutch-Alpino", "95e374a", ["nl_alpino-ud-dev.conllu", "nl_alpino-ud-test.conllu"]),
    ("es", "UD_Spanish-GSD", "57c0456", ["es_gsd-ud-dev.conllu", "es_gsd-ud-test.conllu"]),
    ("it", "UD_Italian-PUD", "71d932a", ["it_pud-ud-test.conllu"]),  # test only
    ("pl", "UD_Polish-PUD", "a726e58", ["pl_pud-ud-test.conllu"]),  # test only
    ("id", "UD_Indonesian-GSD", "89491e4", ["id_gsd-ud-dev.conllu", "id_gsd-ud-test.conllu"]),
    ("zh", "UD_Chinese-PUD", "2849afd", ["zh_pud-ud-test.conllu"]),  # test only
]
STEMS = {
    "nl": "Duitsland Rusland Oekraïne Frankrijk Verenigde Amerika Brittannië Engeland China Japan "
          "Israël Londen Parijs Moskou Brussel Europa Polen Zweden Spanje Italië Griekenland Irak "
          "Iran Syrië Washington Canada Mexico Brazilië Peking Berlijn België Turkije",
    "es": "Alemania Rusia Ucrania Francia Estados América China Japón Israel Londres París Moscú "
          "Bruselas Inglaterra Bretaña Británic Europa Polonia Suecia Italia Grecia Irak Irán "
          "Siria Washington Canadá México Brasil Argentina Pekín Portugal Marruecos Turquía",
    "it": "Germania Russia Ucraina Francia America Cina Giappone Israele Londra Parigi Mosca "
          "Bruxelles Inghilterra Bretagna Britannic Europa Polonia Svezia Spagna Grecia Iraq Iran "
          "Siria Washington Canada Messico Brasile Pechino Berlino Turchia",
    "pl": "Niemc Rosj Ukrain Francj Ameryk Chin Japoni Izrael Londyn Paryż Moskw Bruksel Brytani "
          "Angli Europ Szwecj Hiszpani Włos Grecj Irak Iran Syri Waszyngton Kanad Meksyk Brazyli "
          "Pekin Berlin Turcj",
    "id": "Jerman Rusia Ukraina Prancis Perancis Amerika Tiongkok Cina Jepang Israel London Paris "
          "Moskow Brussel Inggris Britania Eropa Polandia Swedia Spanyol Italia Yunani Irak Iran "
          "Suriah Washington Kanada Meksiko Brasil Beijing Berlin Turki Malaysia Singapura "
          "Australia",
}
OWN = {"zh": ["中國", "中国", "中華", "中华", "北京"]}
SCRIPT = {"zh": re.compile("[\u3400-\u9fff\uf900-\ufaff]")}
MIN_LEN = {"zh": 2}
NO_CASE = {"zh"}  # no capitals: the precision draw counts Latin words and Han forms instead


LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿĀ-ž]+")
WORD = re.compile(r"[\w'’-]+")


def sentences(lang: str, repo: str, files: list[str]) -> list[tuple[str, str]]:
    git = MIRROR / f"UniversalDependencies+{repo}" / "repo"
    out = []
    for name in files:
        text = subprocess.run(["git", "-C", str(git), "show", f"HEAD:{name}"], capture_output=True,
                              text=True, check=True).stdout
        sid = ""
        for line in text.splitlines():
            if line.startswith("# sent_id"):
                sid = line.split("=", 1)[1].strip()
            elif line.startswith("# text ="):
                s = line.split("=", 1)[1].strip()
                if 20 <= len(s) <= 350:
                    out.append((f"{repo}:{name.split('-')[-1].split('.')[0]}:{sid}", s))
    return out


def earlier_texts() -> tuple[set[str], set[str]]:
    root = Path("tests/glossary")
    texts, pud_ids = set(), set()
    for path in [*root.glob("dev/*.toml"), *root.glob("heldout/*.toml")]:
        if path.name.startswith("heldout-2026-12-06ad"):  # the set this script draws
            continue
        raw = path.read_text(encoding="utf-8")
        data = tomllib.loads(raw)
        for table in ("case", "precision", "repair"):
            for c in data.get(table, []):
                for key in ("text", "source", "output"):
                    if isinstance(c.get(key), str):
                        texts.add(c[key])
        pud_ids.update(re.findall(r"PUD:\w+:(\w+)", raw))
    return texts, pud_ids


def main() -> None:
    glossary = load_glossary(gazetteer=False)
    listed = {fold(t) for e in glossary for _, t in e.variants}
    one_word = {f for f in listed if " " not in f and len(f) >= 4}
    gaz = set()
    for path in gazetteer_files():
        for names in read_gazetteer(path).values():
            gaz.update(fold(n) for n in names)
    place_forms = {fold(t) for e in glossary if e.type == "place" for _, t in e.variants} | gaz
    surnames = {fold(e.name.split()[-1]) for e in glossary if e.type == "person"}
    texts, pud_ids = earlier_texts()
    # Hangul is compared unfolded: fold()'s NFKD splits a syllable into jamo.
    raw_forms = {t for e in glossary for _, t in e.variants}
    for path in gazetteer_files():
        for names in read_gazetteer(path).values():
            raw_forms.update(names)
    script_forms = {lang: {f for f in raw_forms if all(SCRIPT[lang].match(c) for c in f)
                           and len(f) >= MIN_LEN[lang] and not any(o in f for o in OWN[lang])}
                    for lang in SCRIPT}
    pool = []
    for lang, repo, _commit, files in SOURCES:
        for sid, s in sentences(lang, repo, files):
            if s in texts or (repo.endswith("PUD") and sid.split(":")[-1] in pud_ids):
                continue
            pool.append((lang, sid, s))
    print(f"pool {len(pool)}", file=sys.stderr)

    def candidate(lang: str, s: str) -> bool:
        if lang in SCRIPT:
            for tok in s.split():
                t = tok.strip(".,;:!?\"'()«»")
                if t not in raw_forms and any(f in t for f in script_forms[lang]):
                    return True
            return False
        stems = one_word | {fold(x) for x in STEMS[lang].split()}
        for w in WORD.findall(s):
            f = fold(w)
            if f in listed:
                continue
            if any(f.startswith(st) for st in stems):
                return True
        return False

    def precision_ok(lang: str, s: str) -> bool:
        words = s.split()
        if lang in NO_CASE:
            latin = [w for w in LATIN_WORD.findall(s) if len(w) > 1]
            hits = [f for f in script_forms[lang] if f in s]  # distinct Han forms (no spaces)
            if not (len(latin) >= 2 or len(hits) >= 2):
                return False
            return bool(re.search(r"\b[A-Z]{2,6}\b", s)) or bool(hits)
        caps = [w for w in WORD.findall(" ".join(words[1:])) if w[:1].isupper()]
        if len(caps) < 3:
            return False
        acronym = any(2 <= len(w) <= 6 and w.isalpha() and w.isupper() for w in WORD.findall(s))
        if lang in SCRIPT:
            return (acronym or any(any(f in w for f in script_forms[lang]) for w in caps)
                    or any(fold(w) in surnames for w in caps))
        return (acronym or any(fold(w) in place_forms for w in caps)
                or any(fold(w) in surnames for w in caps))

    rng = random.Random(2032)
    cands = [p for p in pool if candidate(p[0], p[2])]
    print(f"recall candidates {len(cands)}", file=sys.stderr)
    rng.shuffle(cands)
    taken, per = [], {}
    pud_taken: set[str] = set()  # a PUD id drawn for one language is not drawn for the other

    def fresh(sid: str) -> bool:
        if "PUD:" not in sid:
            return True
        key = sid.split(":")[-1]
        if key in pud_taken:
            return False
        pud_taken.add(key)
        return True

    for lang, sid, s in cands:
        if per.get(lang, 0) < 4 and len(taken) < 24 and fresh(sid):
            per[lang] = per.get(lang, 0) + 1
            taken.append({"part": "A", "lang": lang, "id": sid, "text": s})
    used = {t["text"] for t in taken}
    rng = random.Random(2032)
    precs = [p for p in pool if p[2] not in used and precision_ok(p[0], p[2])]
    print(f"precision candidates {len(precs)}", file=sys.stderr)
    rng.shuffle(precs)
    per = {}
    for lang, sid, s in precs:
        if per.get(lang, 0) < 1 and sum(per.values()) < 6 and fresh(sid):
            per[lang] = per.get(lang, 0) + 1
            taken.append({"part": "B", "lang": lang, "id": sid, "text": s})
    for t in taken:
        print(json.dumps(t, ensure_ascii=False))


if __name__ == "__main__":
    main()
