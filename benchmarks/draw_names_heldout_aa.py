"""Draw held-out name set aa (glossary25) by its rule.

The rule: tests/glossary/heldout/heldout-2026-12-05aa.RULE.md. Reads the `# text =` sentences
of six UD treebanks mirrored with the fetch tool (git directories under /work/.mirror) and
prints the recall draw (A) and precision draw (B) as JSON lines; the labels are written by
hand afterwards.  Usage: python benchmarks/draw_names_heldout_aa.py > draw.jsonl
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
    ("tr", "UD_Turkish-Penn", "f5a3631", ["tr_penn-ud-dev.conllu", "tr_penn-ud-test.conllu"]),
    ("id", "UD_Indonesian-CSUI", "41dd7f2", ["id_csui-ud-test.conllu"]),  # no dev file released
    ("lt", "UD_Lithuanian-HSE", "4153e68", ["lt_hse-ud-dev.conllu", "lt_hse-ud-test.conllu"]),
    ("fa", "UD_Persian-PerDT", "d728a98", ["fa_perdt-ud-dev.conllu", "fa_perdt-ud-test.conllu"]),
    ("hi", "UD_Hindi-PUD", "8bc630f", ["hi_pud-ud-test.conllu"]),  # test only
    ("fi", "UD_Finnish-OOD", "11f60a9", ["fi_ood-ud-test.conllu"]),  # test only
]
STEMS = {
    "tr": "Almanya Rusya Ukrayna Fransa Amerika Birleşik Çin Japonya İsrail Londra Paris Moskova "
          "Brüksel İngiltere Britanya Avrupa Polonya İsveç İspanya İtalya Yunanistan Irak İran "
          "Suriye Washington Kanada Meksika Brezilya",
    "id": "Jerman Rusia Ukraina Prancis Perancis Amerika Serikat Tiongkok Cina China Jepang "
          "Israel London Paris Moskow Brussel Inggris Britania Eropa Belanda Malaysia Singapura "
          "Australia Filipina Thailand Korea India Washington Beijing Tokyo",
    "lt": "Vokietij Rusij Ukrain Prancūzij Amerik Kinij Izrael London Paryž Maskv Briusel "
          "Britanij Europ Japonij Turkij Lenkij Švedij Ispanij Italij Graikij Latvij Estij "
          "Baltarus",
    "fi": "Saksa Venäj Ukrain Ranska Yhdysval Ameriko Kiina Israel Lontoo Pariisi Moskova "
          "Moskovan Brysseli Britanni Euroop Japani Turki Puola Ruotsi Norja Tanska Viro Espanja "
          "Italia Kreikka",
}
OWN = {"fa": ["ایران", "تهران"], "hi": ["भारत", "दिल्ली"]}
SCRIPT = {"fa": re.compile("[\u0600-\u06ff]"), "hi": re.compile("[\u0900-\u097f]")}
MIN_LEN = {"fa": 3, "hi": 3}
NO_CASE = {"fa", "hi"}  # scripts without capitals: the precision draw counts tokens instead


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
        if path.name.startswith("heldout-2026-12-05aa"):  # the set this script draws
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

    rng = random.Random(2029)
    cands = [p for p in pool if candidate(p[0], p[2])]
    print(f"recall candidates {len(cands)}", file=sys.stderr)
    rng.shuffle(cands)
    taken, per = [], {}
    for lang, sid, s in cands:
        if per.get(lang, 0) < 4 and len(taken) < 24:
            per[lang] = per.get(lang, 0) + 1
            taken.append({"part": "A", "lang": lang, "id": sid, "text": s})
    used = {t["text"] for t in taken}
    rng = random.Random(2029)
    precs = [p for p in pool if p[2] not in used and precision_ok(p[0], p[2])]
    print(f"precision candidates {len(precs)}", file=sys.stderr)
    rng.shuffle(precs)
    per = {}
    for lang, sid, s in precs:
        if per.get(lang, 0) < 1 and sum(per.values()) < 6:
            per[lang] = per.get(lang, 0) + 1
            taken.append({"part": "B", "lang": lang, "id": sid, "text": s})
    for t in taken:
        print(json.dumps(t, ensure_ascii=False))


if __name__ == "__main__":
    main()
