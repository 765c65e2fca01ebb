"""Every word mark of the neighbour rules, and what says it is a word of another language of
its group (langid36).

    python benchmarks/audit_neighbour_marks.py [--mirror /work/.mirror]

For each ``[[neighbours]]`` rule of ``locales/languages/scripts.toml`` and each word mark of a
language L (stems, ``word*``, are listed apart) this prints:

* the models' own answers on the word alone: fastText lid.176 (full distribution) and langid.py
  (normalised ranking), each restricted to the rule's languages and renormalised;
* for es, pt and gl, its frequency per 10,000 words in development text: UD_Spanish-GSD dev and
  test; UD_Portuguese-Bosque dev, Porttinari dev and test, Portuguese-GSD dev and test;
  UD_Galician-TreeGal train, CTG dev and test (``--mirror``; the held-out treebank files of
  ``build_langid_neighbours.py`` are not read); for cs, sk, hr, sr, sl, id, ru, uk, bg, da, nb
  and sv (langid37) the development file ``build_langid_groups.py`` names for each (never its
  held-out test files). Bosnian, Malay, Belarusian, Macedonian and Catalan have no text here.

* a stem (``word*``, langid38) is scored on the words it begins, its models' answers not
  printed;
* whether the Portuguese model's vocabulary holds it whole (``translate/engines/lexicon/``, the
  pt->en model's SentencePiece words: a word list the project ships).

A word is **shared** with another language G of the group when G's development text writes it
(standing free, in lower case) at least ``CORPUS_SHARE`` times as often as L's does, or, for a
language without development text here (Catalan), at least ``ABSOLUTE`` times per 10,000
words. The models' answers on a word alone are printed, not used: they are no evidence (fastText
gives Galician "non" to Portuguese at 1.00, Serbian "lepo" to Slovene).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_langid_groups import SOURCES as GROUP_SOURCES

CORPUS_SHARE = 0.2
ABSOLUTE = 1.0
CORPORA = {
    "es": [("UD_Spanish-GSD", "57c045644664e5c1e169263cc4e3b95e40c078ba",
            ("es_gsd-ud-dev.conllu", "es_gsd-ud-test.conllu"))],
    "pt": [("UD_Portuguese-Bosque", "5de7ac34028ff6d1718031a4b0ae895717ed8dbe",
            ("pt_bosque-ud-dev.conllu",)),
           ("UD_Portuguese-Porttinari", "87a07e1fb761d6d0a6e2a4d82b11b308344dabb9",
            ("pt_porttinari-ud-dev.conllu", "pt_porttinari-ud-test.conllu")),
           ("UD_Portuguese-GSD", "691a8b597cc37e1c822ba808244c8eaca498eeb2",
            ("pt_gsd-ud-dev.conllu", "pt_gsd-ud-test.conllu"))],
    "gl": [("UD_Galician-TreeGal", "0b9224483beddb2c05f51228f7823aa77450c0a4",
            ("gl_treegal-ud-train.conllu",)),
           ("UD_Galician-CTG", "574219fccc24b437f5f3b62f2a7e75be4dcd0214",
            ("gl_ctg-ud-dev.conllu", "gl_ctg-ud-test.conllu"))],
    # langid37: the other groups, from the development files of build_langid_groups.py (never
    # its held-out test files).
    **{label: [(repo.removeprefix("UniversalDependencies/"), commit, (name,))]
       for part, repo, commit, name, label in GROUP_SOURCES if part == "dev"},
}
WORD = re.compile(r"\w+")
HYPHENS = "-\u2010\u2011"


def free_lower_words(line: str) -> list[str]:
    """The words of ``line`` as the rules count them (standing free: not joined by a hyphen to
    the word before), written in lower case (a capitalised word may be a name or a numeral:
    "Felipe I")."""
    return [m.group() for m in WORD.finditer(line) if m.group().islower()
            and not (m.start() >= 2 and line[m.start() - 1] in HYPHENS
                     and line[m.start() - 2].isalpha())]


def corpus(mirror: Path, lang: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for repo, commit, files in CORPORA[lang]:
        git_dir = mirror / f"UniversalDependencies+{repo}" / "repo"
        for name in files:
            text = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{commit}:{name}"],
                                  check=True, capture_output=True, text=True).stdout
            for line in text.splitlines():
                if line.startswith("# text = "):
                    counts.update(free_lower_words(line[9:]))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mirror", default="/work/.mirror")
    args = parser.parse_args()
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from translate.detect.fasttext import _model
    from translate.detect.rules import rules

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ft = _model()
    codes = {"no": "nb", "iw": "he"}
    lexicon = Path(__file__).resolve().parent.parent / "translate" / "engines" / "lexicon"
    pt_vocab = set((lexicon / "vocab.pten.spm.txt").read_text(encoding="utf-8").split("\n")[1:])
    corpora = {lang: corpus(Path(args.mirror), lang) for lang in CORPORA}
    sizes = {lang: sum(c.values()) for lang, c in corpora.items()}
    print(f"# {datetime.now(UTC):%Y-%m-%dT%H:%MZ} audit_neighbour_marks; {platform.machine()}; "
          f"Python {platform.python_version()}; load average {os.getloadavg()[0]:.2f}")
    print("# development words: " + ", ".join(f"{k} {v}" for k, v in sizes.items()))
    print("# rule lang word | fastText group shares | langid group shares | per 10k words "
          "| Portuguese model's vocabulary | shared with")
    for rule in rules().neighbours:
        langs = rule.langs
        for lang in langs:
            for word in sorted(rule.words.get(lang, ())):
                labels, probs = ft.predict(word, k=-1)
                fts: Counter[str] = Counter()
                for label, p in zip(labels, probs, strict=True):
                    code = str(label).removeprefix("__label__")
                    code = {"sh": "hr", **codes}.get(code, code)
                    if code in langs:
                        fts[code] += float(p)
                lgs: Counter[str] = Counter()
                for code, p in ident.rank(word):
                    code = codes.get(str(code), str(code))
                    if code in langs:
                        lgs[code] += float(p)
                ft_sum, lg_sum = sum(fts.values()) or 1.0, sum(lgs.values()) or 1.0
                shared = []
                freq = {g: 1e4 * corpora[g][word] / sizes[g] for g in corpora if g in langs}
                for other in langs:
                    if other == lang:
                        continue
                    if other not in freq:
                        continue
                    if (freq[other] >= CORPUS_SHARE * freq[lang] > 0 if lang in freq
                            else freq[other] >= ABSOLUTE):
                        shared.append(other)
                fmt = " ".join(f"{g} {fts[g] / ft_sum:.2f}" for g in langs)
                lmt = " ".join(f"{g} {lgs[g] / lg_sum:.2f}" for g in langs)
                fq = " ".join(f"{g} {v:.1f}" for g, v in freq.items()) or "-"
                held = "pt-vocab" if word in pt_vocab else "-"
                print(f"{rule.id} {lang} {word} | {fmt} | {lmt} | {fq} | {held} | "
                      f"{', '.join(shared) or '-'}")
            for stem in rule.stems.get(lang, ()):
                # langid38: a stem is scored on the words it begins, in every language's text
                freq = {g: 1e4 * sum(n for w, n in corpora[g].items() if w.startswith(stem))
                        / sizes[g] for g in corpora if g in langs}
                shared = [other for other in langs if other != lang and other in freq and (
                    freq[other] >= CORPUS_SHARE * freq[lang] > 0 if lang in freq
                    else freq[other] >= ABSOLUTE)]
                fq = " ".join(f"{g} {v:.1f}" for g, v in freq.items()) or "-"
                print(f"{rule.id} {lang} {stem}* | stem | - | {fq} | - | "
                      f"{', '.join(shared) or '-'}")


if __name__ == "__main__":
    main()
