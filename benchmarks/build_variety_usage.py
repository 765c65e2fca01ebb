"""Build the usage reference of ``benchmarks/variety_usage.py``: LanguageTool's variety pairs
weighed by the word counts of each variety's news in the Bosque treebank.

    python benchmarks/build_variety_usage.py --bosque DIR [OUT]
        --bosque: a bare mirror (or checkout) of
        https://github.com/UniversalDependencies/UD_Portuguese-Bosque at BOSQUE_COMMIT
    OUT: benchmarks/data/variety_usage_reference.tsv (default)

Written by variety40 (forty-sixth pass, issue 15): the pt-BR hunspell dictionary accepts most
pt-PT forms as double spellings, so it cannot tell usage (vocabulary) apart: "equipa",
"utilizador", "autocarro" are pt-BR dictionary words. This reference reads usage instead.

**Candidate pairs**: ``benchmarks/data/variety_usage_languagetool.txt``, the usage lines of
LanguageTool's two variety lists (pt-BR=pt-PT; CC BY-SA 3.0, compiled from Wikipedia's list of
lexical differences between the varieties; the file's header names the commits).

**Evidence of a variety**: the Bosque treebank (UD Portuguese-Bosque, CC BY-SA 4.0), real news of
both varieties, each document labelled: ``CP*`` documents are CETEMPúblico (the Lisbon daily
Público), ``CF*`` CETENFolha (Folha de S.Paulo). Every ``# text =`` line of the 1,961 documents
under ``not-to-release/documents/`` (the full treebank: its released train file is absent from
the mirror) is lower-cased, and each form of a pair counted as a whole word or phrase in each
half.

**Rule** (a form is *proper to* a variety): a pt-BR form counts as Brazilian usage in a pt-PT
edition when Público's half never writes it, or writes it at most a tenth as often (per word of
each half) as Folha's half ("time", 37 in Folha, 1 in Público, a Brazilian club's name); a
pt-PT form counts as European usage in a pt-BR edition the same way round. A form the other
variety's news also writes more often than that ("gestão", "quinta", "estou", "defesa", "café",
"câncer") is no evidence of a variety and is dropped. A form in both columns of the list is
dropped too, and so is the pt-PT form of a line marked ``[pt-BR form only]``.

Each row of OUT: ``variety`` (the variety the form is proper to), ``form``, ``other`` (the other
variety's form(s) of the pair), ``cf``, ``cp`` (counts in each half), ``kept`` (1 or 0).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BOSQUE_COMMIT = "5de7ac34028ff6d1718031a4b0ae895717ed8dbe"
PAIRS = ROOT / "benchmarks/data/variety_usage_languagetool.txt"
DEFAULT_OUT = ROOT / "benchmarks/data/variety_usage_reference.tsv"


def pairs(path: Path = PAIRS) -> list[tuple[str, str, bool]]:
    """(pt-BR form, pt-PT form, whether the pt-PT form is evidence too) of the list; a side
    with "|" gives one pair per alternative; ``[pt-BR form only]`` marks a pair whose pt-PT form
    Brazil writes too."""
    out: list[tuple[str, str, bool]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        both_ways = "[pt-BR form only]" not in line
        line = line.split("[", 1)[0].strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        br, pt = line.split("=", 1)
        for b in br.split("|"):
            for p in pt.split("|"):
                out.append((b.strip(), p.strip(), both_ways))
    return out


def _git(repo: Path, *args: str) -> bytes:
    try:
        return subprocess.run(["git", "--git-dir", str(repo), *args], check=True,
                              capture_output=True).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        raise SystemExit(f"error: git {' '.join(args[:2])}: {exc}") from None


def halves(repo: Path) -> dict[str, str]:
    """The lower-cased sentences of the Folha ("cf") and Público ("cp") documents."""
    names = _git(repo, "ls-tree", "-r", "--name-only", BOSQUE_COMMIT,
                 "not-to-release/documents").decode().split()
    text: dict[str, list[str]] = {"cf": [], "cp": []}
    for name in names:
        base = name.rsplit("/", 1)[-1]
        half = base[:2].lower()
        if half not in text or not base.endswith(".conllu"):
            continue
        raw = _git(repo, "show", f"{BOSQUE_COMMIT}:{name}").decode("utf-8")
        text[half] += [ln[9:].strip().lower() for ln in raw.splitlines()
                       if ln.startswith("# text =")]
    return {k: "\n".join(v) for k, v in text.items()}


def count(text: str, form: str) -> int:
    return len(re.findall(rf"(?<![\w-]){re.escape(form.lower())}(?![\w-])", text))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--bosque", type=Path, required=True)
    ap.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    news = halves(args.bosque)
    listed = pairs()
    br_forms = {b.lower() for b, _, _ in listed}
    pt_forms = {p.lower() for _, p, _ in listed}
    size = {k: len(re.findall(r"\w+", v)) for k, v in news.items()}
    rows: dict[tuple[str, str], list[str]] = {}
    for br, pt, both_ways in listed:
        for variety, form, other in (("pt-BR", br, pt), ("pt-PT", pt, br))[: 1 + both_ways]:
            key = (variety, form)
            if key in rows:
                if other not in rows[key]:
                    rows[key].append(other)
                continue
            rows[key] = [other]
    lines = ["variety\tform\tother\tcf\tcp\tkept"]
    kept = {"pt-BR": 0, "pt-PT": 0}
    for (variety, form), others in rows.items():
        cf, cp = count(news["cf"], form), count(news["cp"], form)
        both = form.lower() in br_forms and form.lower() in pt_forms
        own, other = (cf, cp) if variety == "pt-BR" else (cp, cf)
        own_size, other_size = (size["cf"], size["cp"]) if variety == "pt-BR" else (
            size["cp"], size["cf"])
        ok = not both and (other == 0 or own * other_size >= 10 * other * own_size)
        kept[variety] += ok
        lines.append(f"{variety}\t{form}\t{'|'.join(others)}\t{cf}\t{cp}\t{int(ok)}")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"Bosque: Folha {size['cf']:,} words, Público {size['cp']:,} words; "
          f"{len(rows)} forms, kept pt-BR {kept['pt-BR']}, pt-PT {kept['pt-PT']} -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
