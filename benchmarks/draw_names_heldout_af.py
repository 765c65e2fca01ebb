"""Draw held-out name set af (glossary36) by its rule.

The rule: tests/glossary/heldout/heldout-2026-12-06af.RULE.md. Reads the `# text =` sentences
of the news half of seven PUD treebanks mirrored with the fetch tool (git directories under
/work/.mirror) and
prints the recall draw (A) and precision draw (B) as JSON lines; the labels are written by
hand afterwards.  Usage: python benchmarks/draw_names_heldout_af.py > draw.jsonl
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
SOURCES = [  # (lang, repo, commit, files): test only, the news half (ids "n...")
    ("cs", "UD_Czech-PUD", "f68c66c", ["cs_pud-ud-test.conllu"]),
    ("de", "UD_German-PUD", "ff80846", ["de_pud-ud-test.conllu"]),
    ("ru", "UD_Russian-PUD", "da5b381", ["ru_pud-ud-test.conllu"]),
    ("tr", "UD_Turkish-PUD", "63a134a", ["tr_pud-ud-test.conllu"]),
    ("sv", "UD_Swedish-PUD", "1290a67", ["sv_pud-ud-test.conllu"]),
    ("fi", "UD_Finnish-PUD", "fa2c5ad", ["fi_pud-ud-test.conllu"]),
    ("id", "UD_Indonesian-PUD", "765fb3f", ["id_pud-ud-test.conllu"]),
]
STEMS = {
    "cs": "Německ Rusk Ukrajin Franci Francouz Spojen Amerik Čín Japon Izrael Londýn Paříž Moskv "
          "Brusel Británi Angli Evrop Polsk Švédsk Španěl Itál Řeck Irák Írán Sýri Washington "
          "Kanad Mexik Brazíli Slovensk Rakousk Maďarsk Turec",
    "de": "Russland Ukraine Frankreich Vereinigte Amerika Großbritannien England China "
          "Japan Israel London Paris Moskau Brüssel Europa Polen Schweden Spanien Italien "
          "Griechenland Irak Iran Syrien Washington Kanada Mexiko Brasilien Peking Österreich "
          "Schweiz Türkei",
    "ru": "Германи Франци Украин Америк Соединённ Соединенн Великобритани Англи Кита Япони Израил "
          "Лондон Париж Брюссел Европ Польш Швеци Испани Итали Греци Ирак Иран Сири Вашингтон "
          "Канад Мексик Бразили Пекин Берлин Турци",
    "tr": "Almanya Rusya Ukrayna Fransa Amerika Birleşik Çin Japonya İsrail Londra Paris Moskova "
          "Brüksel İngiltere Britanya Avrupa Polonya İsveç İspanya İtalya Yunanistan Irak İran "
          "Suriye Washington Kanada Meksika Brezilya Pekin Berlin",
    "sv": "Tyskland Ryssland Ukraina Frankrike Förenta Amerika Kina Israel London Paris Moskva "
          "Bryssel Storbritannien Europa Japan Polen Turkiet Spanien Italien Grekland Norge "
          "Danmark Finland Irak Iran Syrien Washington Kanada Mexiko Brasilien Peking Berlin",
    "fi": "Saksa Venäj Ukrain Ranska Yhdysval Ameriko Kiina Israel Lontoo Pariisi Moskova "
          "Moskovan Brysseli Britanni Euroop Japani Turki Puola Ruotsi Norja Tanska Viro Espanja "
          "Italia Kreikka",
    "id": "Jerman Rusia Ukraina Prancis Perancis Amerika Serikat Tiongkok Cina China Jepang "
          "Israel London Paris Moskow Brussel Inggris Britania Eropa Belanda Malaysia Singapura "
          "Australia Filipina Thailand Korea India Washington Beijing Tokyo",
}
OWN: dict[str, list[str]] = {}
SCRIPT: dict[str, re.Pattern[str]] = {}  # every language of this set is written with capitals
MIN_LEN: dict[str, int] = {}
NO_CASE: set[str] = set()
PER_A, PER_B = 7, 2
N_A, N_B = 44, 8
PROBED_DOCS = ("n01001", "n01011")  # probe31's sweep translated their Portuguese version


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
                if 20 <= len(s) <= 350 and sid.startswith("n"):  # the news half
                    out.append((f"{repo}:{name.split('-')[-1].split('.')[0]}:{sid}", s))
    return out


def earlier_texts() -> tuple[set[str], set[str]]:
    root = Path("tests/glossary")
    texts, pud_ids = set(), set()
    for path in [*root.glob("dev/*.toml"), *root.glob("heldout/*.toml")]:
        if path.name.startswith("heldout-2026-12-06af"):  # the set this script draws
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
            key = sid.split(":")[-1]
            if s in texts or key in pud_ids or key.startswith(PROBED_DOCS):
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

    rng = random.Random(2036)
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
        if per.get(lang, 0) < PER_A and len(taken) < N_A and fresh(sid):
            per[lang] = per.get(lang, 0) + 1
            taken.append({"part": "A", "lang": lang, "id": sid, "text": s})
    used = {t["text"] for t in taken}
    rng = random.Random(2036)
    precs = [p for p in pool if p[2] not in used and precision_ok(p[0], p[2])]
    print(f"precision candidates {len(precs)}", file=sys.stderr)
    rng.shuffle(precs)
    per = {}
    for lang, sid, s in precs:
        if per.get(lang, 0) < PER_B and sum(per.values()) < N_B and fresh(sid):
            per[lang] = per.get(lang, 0) + 1
            taken.append({"part": "B", "lang": lang, "id": sid, "text": s})
    for t in taken:
        print(json.dumps(t, ensure_ascii=False))


if __name__ == "__main__":
    main()
