"""A signal measured and not adopted (untrans17): Title Case headlines written in sentence case
before translation, bare engine on the headline as written against the same engine on it in
sentence case, for every Title Case title or heading of the English development pages.

    python benchmarks/audit_headline_case.py

The embedded engine copies the words of a Title Case headline as if they were a name ("Idaho
Quadruple Murders Case: Surviving Roommate"). Sentence case here: every capitalized word but the
first (and the first after ":", "-", "?") that is a lower-case word of the engine's vocabulary and
that the article's other text never writes capitalized inside a sentence, lower-cased. Per
headline: the source's vocabulary words (4+ letters) still in the output ("English left"), the
capitalized non-vocabulary words the bare output kept and the sentence-case output lost ("names
lost"); worse = a name lost or more English left, better = less English left. Every case printed.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

DEV = "dev,heldout-c,heldout-d,heldout-e,heldout-f,heldout-g,heldout-k,heldout-l,heldout-m,zyte-dev"
_MID = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]+)")
_ENDS = (":", "—", "–", "-", "?", "!", ".")


def sentence_case(text: str, lexicon: frozenset[str], keep: set[str]) -> str:
    out = []
    first = True
    for m in re.finditer(r"\S+|\s+", text):
        w = m.group(0)
        if w.isspace():
            out.append(w)
            continue
        core = re.sub(r"^[\"“‘'(]+|[\"”’'),.:;!?]+$", "", w)
        core = re.sub(r"['’]s$", "", core)
        if (
            not first and core[:1].isupper() and core[1:].islower() and core.isalpha()
            and core.casefold() in lexicon and core not in keep
        ):  # fmt: skip
            i = w.index(core[0])
            w = w[:i] + w[i].lower() + w[i + 1 :]
        out.append(w)
        first = w.endswith(_ENDS) or w == "|"
    return "".join(out)


def main() -> int:
    from eval_realworld import SETS, load_pages

    from translate import untranslatable as u
    from translate.errors import TranslateError
    from translate.locales import parse_targets
    from translate.mt import plan_route, translate_batch
    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import parse_article

    lex = u.engine_lexicon("en")
    options = RunOptions(use_cache=False, use_tm=False)
    profile = parse_targets("pt-BR")[0]
    route = plan_route("en", profile.language, list(profile.engines))
    pairs: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for name in DEV.split(","):
        for page in load_pages(SETS[name]):
            if page.id in seen or page.language != "en":
                continue
            seen.add(page.id)
            try:
                article = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
            except TranslateError:
                continue
            prepared = prepare(article, options)
            segs = prepared.segments
            kinds = [prepared.article.blocks[s.block].kind for s in segs]
            body = " ".join(
                s.source for s, k in zip(segs, kinds, strict=True) if k not in ("title", "heading")
            )
            keep = set(_MID.findall(body))
            for s, k in zip(segs, kinds, strict=True):
                if k in ("title", "heading") and u._title_case(s.source, lex):
                    new = sentence_case(s.source, lex, keep)
                    if new != s.source:
                        pairs.append((page.id, s.source, new))
    print(len(seen), "pages", len(pairs), "title-case headings changed", flush=True)
    bare = translate_batch([p[1] for p in pairs], route, None)[0]
    ours = translate_batch([p[2] for p in pairs], route, None)[0]
    c: Counter[str] = Counter()

    def english_left(source: str, out: str) -> list[str]:
        ws = {w for w in re.findall(r"[A-Za-z]{4,}", source) if w.casefold() in lex}
        return sorted(w for w in ws if re.search(rf"(?<!\w){w}(?!\w)", out, re.I))

    def names(source: str) -> list[str]:
        return [w for w in re.findall(r"\b[A-Z][\w'’-]+", source)[1:] if w.casefold() not in lex]

    for (pid, s, n), b, o in zip(pairs, bare, ours, strict=True):
        eb, eo = english_left(s, b), english_left(s, o)
        lost = [w for w in names(s) if w in b and w not in o]
        c["eng_bare"] += len(eb)
        c["eng_ours"] += len(eo)
        c["names_lost"] += len(lost)
        v = "worse" if lost or len(eo) > len(eb) else ("better" if len(eo) < len(eb) else "same")
        c[v] += 1
        print(f"[{v}] {pid} english bare {eb} ours {eo} names lost {lost}")
        print("   src: ", s)
        print("   sent:", n)
        print("   bare:", b)
        print("   ours:", o)
    print("#", dict(c))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
