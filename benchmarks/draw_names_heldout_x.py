"""Draw held-out name set x (glossary22) by its rule.

The rule: tests/glossary/heldout/heldout-2026-12-05x.RULE.md. Reads the `# text =` sentences
of six UD treebanks mirrored with the fetch tool (git directories under /work/.mirror) and
prints the recall draw (A) and precision draw (B) as JSON lines; the labels are written by
hand afterwards.  Usage: python benchmarks/draw_names_heldout_x.py > draw.jsonl
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
    ("hr", "UD_Croatian-SET", "5432251", ["hr_set-ud-dev.conllu", "hr_set-ud-test.conllu"]),
    ("lt", "UD_Lithuanian-ALKSNIS", "46ffdba",
     ["lt_alksnis-ud-dev.conllu", "lt_alksnis-ud-test.conllu"]),
    ("lv", "UD_Latvian-LVTB", "aaedfc1", ["lv_lvtb-ud-dev.conllu"]),  # test file not mirrored
    ("fa", "UD_Persian-Seraji", "e53af38",
     ["fa_seraji-ud-dev.conllu", "fa_seraji-ud-test.conllu"]),
    ("be", "UD_Belarusian-HSE", "1233cdd", ["be_hse-ud-dev.conllu", "be_hse-ud-test.conllu"]),
    ("hy", "UD_Armenian-ArmTDP", "90fe19c",
     ["hy_armtdp-ud-dev.conllu", "hy_armtdp-ud-test.conllu"]),
]
STEMS = {
    "hr": "Njemačk Rusij Ukrajin Francusk Sjedinjen Amerik Kina Kine Kini Izrael London Pariz "
          "Moskv Bruxelles Brisel Britanij Europ Japan Turs Poljsk Švedsk Španjolsk Italij Grčk "
          "Srbij Bosn Slovenij Mađarsk",
    "lt": "Vokietij Rusij Ukrain Prancūzij Amerik Kinij Izrael London Paryž Maskv Briusel Britanij "
          "Europ Japonij Turkij Lenkij Švedij Ispanij Italij Graikij Latvij Estij Baltarus",
    "lv": "Vācij Krievij Ukrain Francij Amerik Ķīna Izraēl London Parīz Maskav Briseļ Lielbritānij "
          "Eirop Japān Turcij Polij Zviedrij Spānij Itālij Grieķij Lietuv Igaunij Baltkriev",
}
SCRIPT = {"fa": re.compile("[\u0600-\u06ff]"), "be": re.compile("[\u0400-\u04ff]"),
          "hy": re.compile("[\u0530-\u058f]")}
MIN_LEN = {"fa": 3, "be": 3, "hy": 3}
NO_CASE = {"fa"}  # scripts without capitals: the precision draw counts tokens instead
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
        if path.name.startswith("heldout-2026-12-05x"):  # the set this script draws
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
                           and len(f) >= MIN_LEN[lang]} for lang in SCRIPT}
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
            if f not in listed and any(f.startswith(st) for st in stems):
                return True
        return False

    def precision_ok(lang: str, s: str) -> bool:
        words = s.split()
        if lang in NO_CASE:
            latin = [w for w in LATIN_WORD.findall(s) if len(w) > 1]
            hits = [t for t in words if any(f in t for f in script_forms[lang])]
            if not (len(latin) >= 2 or len(hits) >= 3):
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

    rng = random.Random(2026)
    cands = [p for p in pool if candidate(p[0], p[2])]
    print(f"recall candidates {len(cands)}", file=sys.stderr)
    rng.shuffle(cands)
    taken, per = [], {}
    for lang, sid, s in cands:
        if per.get(lang, 0) < 7 and len(taken) < 42:
            per[lang] = per.get(lang, 0) + 1
            taken.append({"part": "A", "lang": lang, "id": sid, "text": s})
    used = {t["text"] for t in taken}
    rng = random.Random(2026)
    precs = [p for p in pool if p[2] not in used and precision_ok(p[0], p[2])]
    print(f"precision candidates {len(precs)}", file=sys.stderr)
    rng.shuffle(precs)
    per = {}
    for lang, sid, s in precs:
        if per.get(lang, 0) < 4 and sum(per.values()) < 24:
            per[lang] = per.get(lang, 0) + 1
            taken.append({"part": "B", "lang": lang, "id": sid, "text": s})
    for t in taken:
        print(json.dumps(t, ensure_ascii=False))


if __name__ == "__main__":
    main()
