"""Every sentence in which the rule ``title-at`` (the name after an "@" that stands alone as a
word, ``translate.untranslatable.at_spans``) or ``title-role`` (an employer's or a work's name
before a job and a person's name, ``role_spans``) or ``title-defined`` (a capitalized run the
text defines with an appositive or speaks to, ``defined_spans``) or ``title-repeated`` (a
capitalized run the article writes inside a sentence twice or more, ``repeated_names``) or
``title-firm`` (a firm's name another sentence of the article shows, ``firm_spans``) masks
something, bare engine
against the pipeline's masks (same engine, same run), for reading.

    python benchmarks/audit_title_rules.py [--folders dev,heldout-c,...] [--wcxb DIR]
        [--rules title-at|title-role|title-defined|title-repeated|title-firm]

Real text: every English page of the development folders of the realworld corpus (default as
``audit_model_names.py``), and with ``--wcxb`` the lines of WCXB 1.0's ground truth
(``main_content``, a checkout or bare mirror at ``build_untranslatables_e.WCXB_COMMIT``) holding
" @ " or a slash between capitalized words, of the pages that no corpus folder and no
untranslatables set (c to f) uses. Each masked sentence is translated to pt-BR by the bare engine
and with the masks (``eval_realworld._name_verdict``: better = the masked translation keeps a
masked name the bare one lost; worse = it loses a number, a capitalized word or a token the bare
one kept, or is much shorter). Every case is printed with the masked words, to be read: a word
kept in English is a win only when it is part of a name. The count "vocabulary words in them"
is of the masked words that are lower-case words of the engine's vocabulary (each one a word the
rule keeps in English: a harm unless the run is a name). A slash between capitalized words is a
candidate too: the untrans17 pass measured a photo-credit rule ("Gatsi/Getty Images") with this
script and did not adopt it (docs/evaluation/realworld.md).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

DEV = "dev,heldout-c,heldout-d,heldout-e,heldout-f,heldout-g,heldout-k,heldout-l,heldout-m,zyte-dev"
_CANDIDATE = re.compile(r"(?<!\S)@ [A-Z0-9]|[A-Z][a-z]+/[A-Z]")


def _used_ids() -> set[str]:
    """WCXB page ids the corpus folders and the untranslatables sets use."""
    used: set[str] = set()
    for path in [*ROOT.glob("benchmarks/data/untranslatables_*.jsonl"),
                 *ROOT.glob("benchmarks/build_untranslatables_*.py"),
                 ROOT / "tests/data/realworld/sources.json"]:  # fmt: skip
        used |= set(re.findall(r"ground-truth/(\d{4})", path.read_text(encoding="utf-8")))
    for page in ROOT.glob("tests/data/realworld/**/wcxb-*"):
        used |= set(re.findall(r"wcxb-(\d{4})", page.name))
    return used


def _candidate(text: str, rules: set[str]) -> bool:
    """A line the rules may mask: " @ " or "Name/Name" (``title-at``); for ``title-role``, a
    name before a job and a person (``translate.untranslatable.role_spans``)."""
    if rules & {"title-repeated", "title-firm"}:  # article-level rules: every page is read
        return True
    if rules - {"title-role"} and _CANDIDATE.search(text):
        return True
    if rules & {"title-role", "title-defined"}:
        from translate.untranslatable import defined_spans, role_spans, work_context

        ctx = work_context("en")
        if ctx is None:
            return False
        if "title-role" in rules and role_spans(text, ctx):
            return True
        return "title-defined" in rules and bool(defined_spans(text, ctx))
    return False


def wcxb_lines(repo: Path, rules: set[str]) -> list[tuple[str, str]]:
    from build_untranslatables_e import WCXB_COMMIT

    used = _used_ids()
    names = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "-r", "--name-only", WCXB_COMMIT],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    out = []
    for name in names:
        pid = re.search(r"ground-truth/(\d{4})\.json$", name)
        if not pid or pid.group(1) in used:
            continue
        blob = subprocess.run(
            ["git", "-C", str(repo), "show", f"{WCXB_COMMIT}:{name}"], capture_output=True,
            check=True,
        ).stdout  # fmt: skip
        truth = json.loads(blob)["ground_truth"]
        for line in (truth.get("main_content") or "").split("\n"):
            line = " ".join(line.split())
            if len(line.split()) <= 120 and _candidate(line, rules):
                out.append((f"wcxb-{pid.group(1)}", line))
    return out


def main(argv: list[str] | None = None) -> int:
    from eval_realworld import SETS, _name_verdict, load_pages

    from translate import untranslatable
    from translate.errors import TranslateError
    from translate.locales import parse_targets
    from translate.mt import plan_route, translate_batch
    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import parse_article

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folders", default=DEV)
    parser.add_argument("--wcxb", type=Path)
    parser.add_argument("--rules", default="title-at")
    args = parser.parse_args(argv)
    rules = set(args.rules.split(","))
    if "title-repeated" in rules:  # on in the pipeline since untrans21 (with its cue); forced here
        untranslatable.REPEATED_NAMES = True
    options = RunOptions(use_cache=False, use_tm=False)
    profile = parse_targets("pt-BR")[0]
    route = plan_route("en", profile.language, list(profile.engines))
    lex = untranslatable.engine_lexicon("en")
    verdicts: Counter[str] = Counter()
    frozen: Counter[str] = Counter()
    # (where, segments, kinds, site)
    units: list[tuple[str, list[str], list[str], str | None]] = []
    seen: set[str] = set()
    for name in [f for f in args.folders.split(",") if f]:
        for page in load_pages(SETS[name]):
            if page.id in seen or page.language != "en":
                continue
            seen.add(page.id)
            try:
                article = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
            except TranslateError:
                continue
            if not any(_candidate(b.text, rules) for b in article.blocks):
                continue
            prepared = prepare(article, options)
            segs = prepared.segments
            kinds = [prepared.article.blocks[s.block].kind for s in segs]
            units.append((f"{name} {page.id}", [s.source for s in segs], kinds,
                          article.meta.get("sitename")))  # fmt: skip
    if args.wcxb:
        for where, line in wcxb_lines(args.wcxb, rules):
            units.append((where, [line], ["paragraph"], None))
    for where, texts, kinds, site in units:
        masked = untranslatable.mask_segments(texts, kinds, "en", site=site)
        idx = [i for i in sorted(masked.words) if rules & set(masked.rules[i])]
        if not idx:
            continue
        sub = untranslatable.Masked(
            [masked.texts[i] for i in idx],
            [masked.originals[i] for i in idx],
            {k: masked.words[i] for k, i in enumerate(idx)},
            {k: masked.rules[i] for k, i in enumerate(idx)},
        )
        bare = translate_batch(sub.originals, route, None)[0]
        raw = translate_batch(sub.texts, route, None)[0]
        ours, _ = untranslatable.unmask_segments(
            sub, list(raw), set(range(len(idx))), lambda b: translate_batch(b, route, None)[0]
        )
        for k in range(len(idx)):
            mine = [w for w, r in zip(sub.words[k], sub.rules[k], strict=True) if r in rules]
            for w in mine:
                frozen["words"] += sum(
                    x.casefold().strip("'’.") in lex for x in re.findall(r"[^\W\d_]+", w)
                )
                frozen["runs"] += 1
            verdict, why = _name_verdict(sub.originals[k], sub.words[k], bare[k], ours[k])
            verdicts[verdict] += 1
            print(f"[{verdict}] {where} {mine} {why}")
            print(f"    src:  {sub.originals[k]}")
            print(f"    bare: {bare[k]}")
            print(f"    ours: {ours[k]}")
    print(
        f"# {len(seen)} English pages read, {len(units)} units with a candidate; runs masked"
        f" {frozen['runs']} (vocabulary words in them {frozen['words']}); sentences"
        f" {sum(verdicts.values())}: better {verdicts['better']}, same {verdicts['same']},"
        f" worse {verdicts['worse']}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
