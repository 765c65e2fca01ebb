"""European Portuguese in pt-BR editions of every English page of the corpus; what the list misses.

    python benchmarks/audit_variety.py [--per-page N] [--out FILE]

Every English page of every folder of ``tests/data/realworld`` is read and prepared as an edition
would be (``prepare``); its first N segments (default 12, all with 0) are translated en -> pt by
the embedded engine in batches, then put through the pt-BR spelling normalizer exactly as the
pipeline applies it (``translate.spelling.normalize`` with the source sentence). Printed:
segments, slips the variety list finds in the bare engine's output and in the normalized output
(``variant_slips``), and the words an independent detector reads as European Portuguese that the
list does not rewrite, with counts and one sentence each, for a reader to judge. The detector is
written from the orthography, not from the list: a stressed é/ó before m or n and a vowel
("económico", "fenómeno": pt-BR writes ê/ô), the consonants the 1990 agreement removed before c,
ç, t ("acção", "projecto", "óptimo"; "pacto", "compacto", "impacto", "aspecto", "recepção",
"infecção", "ficção", "convicção", "espectador", "egípcio" are common to both varieties and are
shown apart), European vocabulary ("equipa", "utilizador", "ficheiro", "ecrã", "telemóvel",
"autocarro", "registo", "facto", "contacto", "golo", "casa de banho", "pequeno-almoço"), and the
European progressive "estar a" + infinitive ("está a fazer"; pt-BR "está fazendo": grammar, not
spelling, counted only).

``--hunspell DIR`` (with ``--stored``) reads the normalized pt-BR and pt-PT text against a reference
independent of the list and of the detector: the two varieties' hunspell dictionaries
(``DIR/pt_BR.dic`` and ``DIR/pt_PT.dic``, Debian's hunspell-pt-br and hunspell-pt-pt, LGPL/MPL;
read with the pure-Python ``spylls``, not a dependency of the project: install it to run this).
A word of an edition is the other variety's when the other dictionary has it and the edition's
own does not, or when both have it but a spelling of it with é/ê or ó/ô swapped is in the
edition's own dictionary only ("Comité" in pt-BR: pt-BR's "Comitê" is no pt-PT word). Printed
by word, with counts and one sentence each; words the engine copied from the English are left
out.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

_ACCENT = re.compile(r"\b\w*[éó][mn][aeiouáéíóú]\w*\b", re.I)
_MUTE = re.compile(r"\b\w*(?:[aeiouáéíóú]c[çt]|[aeiouáéíóú]p[çt])\w*\b", re.I)
_BOTH = re.compile(
    r"^(?:pact|compact|impact|aspect|recep[çc]|infec|fic[çc]|convic|espectad|eg[ií]pc|fric|"
    r"dic[çc]|intact|tact|contact|ap[çt]|op[çt]|adept|capt|rapt|inept|eucalipt|núpc|pict|"
    r"repto|concept|percep|direct|octa|cact|detect|corrupt|abrupt|erupt|interrupt|"
    r"estrict|restrict|contract|subtract|abstract|extract|fact|réct|rect|selec|jacto)",
    re.I,
)
_WORDS = re.compile(
    r"\b(?:equipas?|utilizador(?:es|as?)?|ficheiros?|ecrãs?|telemóve(?:l|is)|autocarros?|"
    r"registos?|factos?|contactos?|golos?|casas? de banho|pequenos?-almoços?|camião|camiões|"
    r"comboios?|rapariga|raparigas|sumos?|frigoríficos?|guarda-redes|telemóvel|portagens?|"
    r"montras?|penálti|bebé|bebés|canadian[oa]s?|polac[oa]s?|"
    r"desportos?|desportiv[oa]s?|apoiantes?|adeptos?|treinadores?)\b",
    re.I,
)
# names with their capital only: the verb "irão" (they will) is Portuguese in both varieties
_NAMES = re.compile(r"\b(?:Moscovo|Irão|Teerão|Vietname)\b")
_PROGRESSIVE = re.compile(r"\b(?:est(?:á|ão|ava|avam|ou|amos|ar|eve|iveram)) a \w+[aei]r\b", re.I)


def detector(text: str) -> list[tuple[str, str]]:
    """(class, word) of every European Portuguese form the detector reads in ``text``."""
    out = [("accent", m.group(0)) for m in _ACCENT.finditer(text)]
    for m in _MUTE.finditer(text):
        word = m.group(0)
        out.append(("consonant-common" if _BOTH.match(word) else "consonant", word))
    out += [("word", m.group(0)) for m in _WORDS.finditer(text)]
    out += [("word", m.group(0)) for m in _NAMES.finditer(text)]
    out += [("progressive", m.group(0)) for m in _PROGRESSIVE.finditer(text)]
    return out


def main(argv: list[str] | None = None) -> int:
    from realworld_corpus import CORPUS, load_pages

    from translate.locales import parse_targets
    from translate.mt import plan_route, translate_batch
    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import parse_article

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-page", type=int, default=12)
    parser.add_argument("--pages", type=int, default=0, help="at most this many pages (0: all)")
    parser.add_argument(
        "--stored",
        action="store_true",
        help="no engine: the real English sentences of the facts sets"
        " (benchmarks/data/facts_heldout*.jsonl, rows 'real') with the embedded engine's"
        " Portuguese stored there",
    )
    parser.add_argument(
        "--hunspell",
        metavar="DIR",
        help="with --stored: read both varieties' editions against DIR/pt_BR and DIR/pt_PT",
    )
    args = parser.parse_args(argv)
    if args.stored:
        stored: dict[str, str] = {}
        seen_pages: set[str] = set()
        for path in sorted((ROOT / "benchmarks" / "data").glob("facts_heldout*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                if row.get("kind") == "real" and row.get("from", "en") == "en":
                    stored[row["source"]] = row["engine"]
                    seen_pages.add(str(row.get("page")))
        print(f"# stored engine output of the facts sets: {len(seen_pages)} pages")
        if args.hunspell:
            return hunspell_report(list(stored), list(stored.values()), Path(args.hunspell))
        return report(list(stored), list(stored.values()), len(seen_pages), 0)
    folders = sorted({p.parent for p in CORPUS.glob("**/pages/*.json")})
    sources: list[str] = []
    page_of: list[str] = []
    n_pages = 0
    options = RunOptions(use_cache=False, use_tm=False)
    for folder in folders:
        for page in load_pages(folder.parent):
            if page.language != "en" or (args.pages and n_pages >= args.pages):
                continue
            try:
                article = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
                prepared = prepare(article, options)
            except Exception as exc:  # a page the reader refuses: say so, go on
                print(f"# skipped {page.id}: {type(exc).__name__}")
                continue
            segs = [s.source for s in prepared.segments if prepared.source_lang == "en"]
            segs = segs[: args.per_page] if args.per_page else segs
            sources += segs
            page_of += [page.id] * len(segs)
            n_pages += 1
    profile = parse_targets("pt-BR")[0]
    route = plan_route("en", profile.language, list(profile.engines))
    bare: list[str] = []
    for i in range(0, len(sources), 64):
        bare += translate_batch(sources[i : i + 64], route, None)[0]
    return report(sources, bare, n_pages, args.per_page)


def report(sources: list[str], bare: list[str], n_pages: int, per_page: int) -> int:
    from translate.spelling import normalize, variant_slips

    slips_bare = slips_ours = 0
    missed: Counter[tuple[str, str]] = Counter()
    example: dict[tuple[str, str], str] = {}
    ours_slips: Counter[str] = Counter()
    for src, tgt in zip(sources, bare, strict=True):
        slips_bare += len(variant_slips(tgt, "pt-BR", source=src))
        ours, _ = normalize(tgt, "pt-BR", source=src)
        left = variant_slips(ours, "pt-BR", source=src)
        slips_ours += len(left)
        ours_slips.update(left)
        for kind, word in detector(ours):
            if word.lower() in src.lower():
                continue  # a word the engine copied from the English source
            key = (kind, word.lower())
            missed[key] += 1
            example.setdefault(key, f"{src[:140]} => {ours[:160]}")
    first = f"first {per_page} a page" if per_page else "stored"
    print(f"# {n_pages} English pages, {len(sources)} segments ({first})")
    print(f"variety-list slips: bare engine {slips_bare}, after the pt-BR normalizer {slips_ours}")
    for word, n in ours_slips.most_common():
        print(f"  left by the normalizer: {word!r} x{n}")
    print("detector: forms read as European Portuguese in the normalized pt-BR text")
    by_kind: Counter[str] = Counter()
    for (kind, _), n in missed.items():
        by_kind[kind] += n
    print("  " + ", ".join(f"{k} {n}" for k, n in sorted(by_kind.items())))
    for (kind, word), n in sorted(missed.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
        print(f"  {kind:17} {word!r:24} x{n:<3} {example[(kind, word)]}")
    return 0


_SWAPS = {"é": "ê", "ê": "é", "ó": "ô", "ô": "ó"}
_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _swapped(word: str) -> list[str]:
    """``word`` with an é/ê or ó/ô swapped where the two varieties' spellings differ (Base IX/XI
    of the 1990 agreement: a stressed vowel before m or n, "económico"/"econômico", or at the end
    of an oxytone, "Comité"/"Comitê"); words of four letters or fewer are left ("até", "três")."""
    if len(word) < 5:
        return []
    return [
        word[:i] + _SWAPS[c] + word[i + 1 :]
        for i, c in enumerate(word)
        if c in _SWAPS and (word[i + 1 : i + 2] in ("m", "n") or word[i + 1 :] in ("", "s"))
    ]


def hunspell_report(sources: list[str], bare: list[str], folder: Path) -> int:
    """Words of the normalized pt-BR and pt-PT editions that the other variety's dictionary
    writes and the edition's does not (see the module's docstring)."""
    from spylls.hunspell import Dictionary

    from translate.spelling import normalize

    dicts = {loc: Dictionary.from_files(str(folder / loc.replace("-", "_")))
             for loc in ("pt-BR", "pt-PT")}
    known: dict[tuple[str, str], bool] = {}

    def has(loc: str, word: str) -> bool:
        key = (loc, word)
        if key not in known:
            known[key] = bool(dicts[loc].lookup(word))
        return known[key]

    def wrong(loc: str, other: str, word: str) -> str | None:
        forms = [word, word.lower()] if word[:1].isupper() else [word]
        if any(has(loc, f) for f in forms):
            if not any(has(other, f) for f in forms):
                return None  # the edition's own spelling only
            for f in forms:
                for alt in _swapped(f):
                    if has(loc, alt) and not has(other, alt):
                        return alt  # both write it; the edition's own spelling is another
            return None
        return "?" if any(has(other, f) for f in forms) else None

    print(f"# {len(sources)} segments; reference: hunspell dictionaries in {folder}")
    for loc, other in (("pt-BR", "pt-PT"), ("pt-PT", "pt-BR")):
        found: Counter[tuple[str, str]] = Counter()
        example: dict[tuple[str, str], str] = {}
        for src, tgt in zip(sources, bare, strict=True):
            ours, _ = normalize(tgt, loc, source=src)
            for m in _TOKEN.finditer(ours):
                for word in m.group(0).split("-"):
                    if word.lower() in src.lower():
                        continue
                    own = wrong(loc, other, word)
                    if own is None:
                        continue
                    key = (word, own)
                    found[key] += 1
                    example.setdefault(key, f"{src[:120]} => {ours[:140]}")
        total = sum(found.values())
        print(f"{loc} editions: {total} words {other}'s dictionary writes, {len(found)} distinct")
        for (word, own), n in sorted(found.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {word!r:22} {loc}: {own!r:20} x{n:<3} {example[(word, own)]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
