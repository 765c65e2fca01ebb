"""Draw held-out name set y (glossary23) by its rule.

The rule: tests/glossary/heldout/heldout-2026-12-05y.RULE.md. Reads the `# text =` sentences
of six UD treebanks mirrored with the fetch tool (git directories under /work/.mirror) and
prints the recall draw (A) and precision draw (B) as JSON lines; the labels are written by
hand afterwards.  Usage: python benchmarks/draw_names_heldout_y.py > draw.jsonl
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
    ("el", "UD_Greek-GUD", "e014415", ["el_gud-ud-test.conllu"]),  # no dev file released
    ("sl", "UD_Slovenian-SSJ", "17011b1", ["sl_ssj-ud-dev.conllu", "sl_ssj-ud-test.conllu"]),
    ("vi", "UD_Vietnamese-VTB", "e8fa548", ["vi_vtb-ud-dev.conllu", "vi_vtb-ud-test.conllu"]),
    ("ga", "UD_Irish-IDT", "ecefd4d", ["ga_idt-ud-dev.conllu", "ga_idt-ud-test.conllu"]),
    ("is", "UD_Icelandic-Modern", "1544211",
     ["is_modern-ud-dev.conllu", "is_modern-ud-test.conllu"]),
    ("cy", "UD_Welsh-CCG", "78e1975", ["cy_ccg-ud-dev.conllu", "cy_ccg-ud-test.conllu"]),
]
STEMS = {
    "sl": "Nemčij Nemčijo Rusij Ukrajin Francij Združen Amerik Kitajsk Izrael London "
          "Pariz Moskv Bruselj Britanij Evrop Japonsk Turčij Poljsk Švedsk Španij Italij "
          "Grčij Srbij Hrvašk Avstrij Madžarsk Zagreb Beograd Dunaj Washington",
    "ga": "Sasana Meirice Frainc Gearmáin Gearmáine Breatain Albain Londain Páras Rúis "
          "Síne Seapáin Eoraip Eorpa Spáinn Iodáil Polainn Ceanada Astráil Stáit "
          "Aontaithe Meiriceá Washington Nua-Eabhrac",
    "is": "Bandarík Þýskaland Rússland Frakkland Bretland Danmörk Danmerk Noreg Svíþjóð "
          "Evróp Kína Japan Finnland Spán Ítalí Pólland Kanad Grænland Færeyj Lundún "
          "Kaupmannah Ósló Washington",
    "cy": "Lloegr Loegr Llundain Lundain Prydain Brydain Mhrydain Phrydain Ffrainc Almaen "
          "Iwerddon Alban Americ Rwsi Tsieina Japan Sbaen Eidal Ewrop Unol Paris Baris "
          "Mharis Washington Efrog",
}
VI_FORMS = ["Mỹ", "Hoa Kỳ", "Trung Quốc", "Nhật Bản", "Pháp", "Đức", "Nga", "Hàn Quốc",
            "Triều Tiên", "Thái Lan", "Campuchia", "Lào", "Anh", "Ấn Độ", "Úc", "Liên Xô",
            "Bắc Kinh", "Luân Đôn", "Mát-xcơ-va", "Ba Lan", "Ý", "Tây Ban Nha", "Israel",
            "Iraq", "Liên Hợp Quốc", "Liên hiệp quốc", "châu Âu", "Singapore", "Đài Loan",
            "Hồng Kông", "Washington", "Paris", "Tokyo"]
VI_OWN = ["Việt Nam", "Hà Nội", "Sài Gòn", "Hồ Chí Minh", "Huế", "Đà Nẵng", "Hải Phòng", "Cần Thơ"]
SCRIPT = {"el": re.compile("[\u0370-\u03ff\u1f00-\u1fff]")}
MIN_LEN = {"el": 3}
NO_CASE: set[str] = set()


def mutations(f: str) -> list[str]:
    """Irish: the word, and the word after one initial mutation (h-, n-, t-, bh, mB, lenition)."""
    out = [f, f[1:], f[2:]]
    if len(f) > 2 and f[1] == "h":
        out.append(f[0] + f[2:])
    return out


def syllables(s: str, form: str) -> bool:
    return re.search(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", s) is not None


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
        if path.name.startswith("heldout-2026-12-05y"):  # the set this script draws
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

    vi_forms = VI_FORMS + sorted(f for f in raw_forms if len(f) >= 4 and f not in VI_OWN
                                 and not any(o in f for o in VI_OWN))

    def candidate(lang: str, s: str) -> bool:
        if lang in SCRIPT:
            for tok in s.split():
                t = tok.strip(".,;:!?\"'()«»")
                if t not in raw_forms and any(f in t for f in script_forms[lang]):
                    return True
            return False
        if lang == "vi":
            return any(f in s and syllables(s, f) for f in vi_forms)
        stems = one_word | {fold(x) for x in STEMS[lang].split()}
        for w in WORD.findall(s):
            f = fold(w)
            if f in listed:
                continue
            for g in (mutations(f) if lang == "ga" else [f]):
                if any(g.startswith(st) for st in stems):
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

    rng = random.Random(2027)
    cands = [p for p in pool if candidate(p[0], p[2])]
    print(f"recall candidates {len(cands)}", file=sys.stderr)
    rng.shuffle(cands)
    taken, per = [], {}
    for lang, sid, s in cands:
        if per.get(lang, 0) < 7 and len(taken) < 42:
            per[lang] = per.get(lang, 0) + 1
            taken.append({"part": "A", "lang": lang, "id": sid, "text": s})
    used = {t["text"] for t in taken}
    rng = random.Random(2027)
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
