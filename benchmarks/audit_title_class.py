"""The title-case class of the development sets' losses, and three case-free cues counted on it.

    python benchmarks/audit_title_class.py [--sets c,...,k] [--runs PREFIX] [--carrier | --context]
    python benchmarks/audit_title_class.py --split CONTEXT_RAW [--with CARRIER_RAW]
    python benchmarks/audit_title_class.py --pages FOLDERS

A name the pipeline leaves to the engine where no capital tells it from words: in a title-case
line (a heading: "6. Local Development with VS Code", "Nike Air Force 1") or in a capitalized
run that opens a sentence ("On a Wing and a Prayer (1992) reunited him"). The losses are read
from the last run of each development set (``benchmarks/results/<PREFIX>_<x>_main-2026-12-05.txt``,
the ``lost [...]`` lines of ``eval_untranslatables.py -v``) and sorted into ``heading`` (the line
that holds the token is a whole title-case line, ``translate.untranslatable._title_case``, or a
Markdown heading), ``start`` (the capitalized run that holds the token opens a sentence) and
``other``. For every loss of the class, three cues that do not depend on case:

- ``markup``: the token stands inside double quotes or Markdown emphasis (``*``, ``_``) in the
  source (the cue ``title-quoted`` and ``title-emphasis`` use inside a sentence);
- ``repeated``: the item writes the token a second time, inside a sentence (not at its start,
  not in a title-case line): where a capital is evidence;
- ``probe``: the bare engine, given the token alone, gives it back unchanged (the engine itself
  treats the run as a name).

One line per loss, then the counts. Only the probe translates (the bare engine, one batch).

``--carrier``: the probe in a neutral sentence instead ("She wrote about X yesterday.": the
run mid-sentence, where the engine takes a capital as a name's), over the whole population the
class stands in: every capitalized run (minor words inside allowed) of every title-case line and
every run of two words or more that opens a sentence, and the pieces of a run between its minor
words ("Local Development with VS Code": "Local Development", "VS Code"), in every English item
of the sets. A run
is ``name`` when it holds one of the item's listed tokens or lies inside one, ``other`` when not;
the engine ``kept`` it when the carrier's translation holds it verbatim. A kept ``other`` run is
a word the cue would freeze.

``--context`` (untrans26): the engine as judge in the item's own context instead of a neutral
sentence. Over the same population as ``--carrier`` (every ``name`` and ``other`` run), the
sentence of the item that holds the run is given to the bare engine after "We read: " with every
capitalized word outside the run written in lower case (all-capital words kept): the run is then
the only capitalized run of its own sentence, mid-sentence, with its real neighbours
("6. Local Development with VS Code" -> "We read: 6. local development with VS Code"). The run is
``kept`` when the translation holds it verbatim. A run that holds a token the pipeline lost
(the ``lost [...]`` lines of ``--runs``) is also counted as ``lost``: the names the cue would
gain.

``--split FILE`` (untrans26): a ``--context`` output (FILE under ``benchmarks/results``) again,
nothing translated: only runs with a word the engine would translate (the pipeline masks no
other), by place (``heading``: the run's line is a Markdown heading or a title-case line;
``start``: a sentence's opening run), class and outcome, and the ``other`` runs kept in each
place, printed for reading. With ``--with CARRIER`` (a ``--carrier`` output under
``benchmarks/results``), the runs both probes keep are counted too (``both``) and listed.

``--pages FOLDERS``: the markup cue where real pages keep it, counted before any rule: in the
English pages of the realworld folders (``eval_realworld.SETS``, read as the pipeline reads
them), every link, ``em`` or ``strong`` span over a capitalized run of two words or more, or of
one word new to the engine's lexicon, that stands in the class's places: a heading block, a
title-case block, or the capitalized run opening a sentence (not the whole block). Printed one
per line for reading; nothing is translated.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

_LOST = re.compile(r"^  (\S+) lost (\[.*?\]) slips")


def _line_of(text: str, at: int) -> str:
    s = text.rfind("\n", 0, at) + 1
    e = text.find("\n", at)
    return text[s : e if e >= 0 else len(text)]


def place(text: str, token: str, lexicon: frozenset[str]) -> str:
    """``heading``, ``start`` or ``other`` for the token's first occurrence in ``text``."""
    from translate.untranslatable import _sentence_start, _title_case

    at = text.find(token)
    if at < 0:
        return "other"
    line = _line_of(text, at)
    if line.lstrip().startswith("#") or _title_case(line, lexicon):
        return "heading"
    s = at
    while True:  # back over the capitalized run that holds the token
        m = re.search(r"([A-Z][\w'’.-]*|a|an|the|of|and|on|in|to|for|with) $", text[:s])
        if not m:
            break
        s = m.start()
    return "start" if _sentence_start(text, s) else "other"


def markup(text: str, token: str) -> bool:
    q = re.escape(token)
    pattern = rf"[\"“][^\"”]*{q}[^\"“]*[\"”]|(?<![\w*])[*_]+[^*_]*{q}[^*_]*[*_]+"
    return re.search(pattern, text) is not None


def repeated(text: str, token: str, lexicon: frozenset[str]) -> bool:
    from translate.untranslatable import _sentence_start, _title_case

    for n, m in enumerate(re.finditer(rf"(?<!\w){re.escape(token)}(?!\w)", text)):
        line = _line_of(text, m.start())
        if n and not _sentence_start(text, m.start()) and not _title_case(line, lexicon):
            return True
    return False


_RUN = re.compile(
    r"(?<![\w'’.-])[A-Z][\w'’&.-]*(?:(?: (?:a|an|the|of|and|on|in|to|for|with|at|by))*"
    r" [A-Z0-9][\w'’&.-]*)*"
)


def runs(text: str, lexicon: frozenset[str]) -> list[str]:
    """Every capitalized run of a title-case line, and every run of 2+ words opening a sentence."""
    from translate.untranslatable import _sentence_start, _title_case

    out: list[str] = []
    for line in text.splitlines():
        heading = line.lstrip().startswith("#") or _title_case(line, lexicon)
        for m in _RUN.finditer(line):
            run = m.group(0).rstrip(".:")
            opens = len(run.split()) >= 2 and _sentence_start(line, m.start())
            if not (heading or opens):
                continue
            pieces = re.split(r" (?:(?:a|an|the|of|and|on|in|to|for|with|at|by) )+", run)
            for piece in [run, *pieces] if len(pieces) > 1 else [run]:
                if piece not in out:
                    out.append(piece)
    return out


def carrier(sets: list[str]) -> int:
    from translate.locales import parse_targets
    from translate.mt import plan_route, translate_batch
    from translate.untranslatable import engine_lexicon

    lex = engine_lexicon("en")
    rows: list[tuple[str, str, bool]] = []
    for x in sets:
        path = ROOT / f"benchmarks/data/untranslatables_{x}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item["from"] != "en":
                continue
            toks = [t["token"] for t in item["tokens"]]
            for run in runs(item["text"], lex):
                named = any(t in run or run in t for t in toks)
                rows.append((item["id"], run, named))
    profile = parse_targets("pt-BR")[0]
    route = plan_route("en", profile.language, list(profile.engines))
    out = translate_batch([f"She wrote about {r} yesterday." for _, r, _ in rows], route, None)[0]
    tally: Counter[str] = Counter()
    for (item, run, named), target in zip(rows, out, strict=True):
        kept = re.search(rf"(?<!\w){re.escape(run)}(?!\w)", target) is not None
        key = f"{'name' if named else 'other'} {'kept' if kept else 'translated'}"
        tally[key] += 1
        print(f"{item:7} {key:16} {run!r} -> {target!r}")
    print(f"\nruns: {len(rows)}")
    for key in sorted(tally):
        print(f"  {key:16} {tally[key]:5}")
    return 0


_SENT_CUT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“‘'(\[])")
_CAP_WORD = re.compile(r"(?<![\w'’.-])[A-Z][\w'’&.-]*")


def _lost_tokens(prefix: str, x: str) -> dict[str, list[str]]:
    """The ``lost [...]`` lines of set x's run: ``<prefix>_<x>_main-2026-12-05.txt``, or, when
    ``prefix`` holds ``%s``, the file ``prefix % x`` under ``benchmarks/results``."""
    name = prefix % x if "%s" in prefix else f"{prefix}_{x}_main-2026-12-05.txt"
    path = ROOT / "benchmarks/results" / name
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _LOST.match(line)
        if m:
            out[m.group(1)] = list(ast.literal_eval(m.group(2)))
    return out


def context_probe(sentence: str, run: str) -> str:
    """The sentence with every capitalized word outside ``run`` in lower case, after "We read: "."""
    at = sentence.find(run)
    head, tail = sentence[:at], sentence[at + len(run) :]

    def low(m: re.Match[str]) -> str:
        w = m.group(0)
        return w if w.isupper() and len(w) > 1 else w.lower()

    return "We read: " + _CAP_WORD.sub(low, head) + run + _CAP_WORD.sub(low, tail)


def context(sets: list[str], prefix: str) -> int:
    from translate.locales import parse_targets
    from translate.mt import plan_route, translate_batch
    from translate.untranslatable import engine_lexicon

    lex = engine_lexicon("en")
    rows: list[tuple[str, str, str, str]] = []  # item, run, class, probe
    for x in sets:
        lost = _lost_tokens(prefix, x)
        path = ROOT / f"benchmarks/data/untranslatables_{x}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item["from"] != "en":
                continue
            toks = [t["token"] for t in item["tokens"]]
            gone = lost.get(item["id"], [])
            for text_line in item["text"].splitlines():
                for run in runs(text_line, lex):
                    sent = next((s for s in _SENT_CUT.split(text_line) if run in s), "")
                    if not sent:
                        continue
                    named = any(t in run or run in t for t in toks)
                    lost_here = any(t in run or run in t for t in gone)
                    cls = "lost" if lost_here else "name" if named else "other"
                    rows.append((item["id"], run, cls, context_probe(sent, run)))
    profile = parse_targets("pt-BR")[0]
    route = plan_route("en", profile.language, list(profile.engines))
    out = translate_batch([r[3] for r in rows], route, None)[0]
    tally: Counter[str] = Counter()
    for (item, run, cls, probe), target in zip(rows, out, strict=True):
        kept = re.search(rf"(?<!\w){re.escape(run)}(?!\w)", target) is not None
        key = f"{cls} {'kept' if kept else 'translated'}"
        tally[key] += 1
        print(f"{item:7} {key:16} {run!r} | {probe[:120]!r} -> {target[:120]!r}")
    print(f"\nruns: {len(rows)} (lost: a token the pipeline lost; name: another listed token)")
    for key in sorted(tally):
        print(f"  {key:16} {tally[key]:5}")
    return 0


_ROW = re.compile(
    r"^(\S+)\s+(lost|name|other) (kept|translated)\s+('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\") \|"
)


_CARRIER_ROW = re.compile(
    r"^(\S+)\s+(?:name|other) (kept|translated)\s+('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\") ->"
)


def split(name: str, with_carrier: str = "") -> int:
    from translate.untranslatable import _title_case, _translatable, engine_lexicon

    lex = engine_lexicon("en")
    rows_in = (ROOT / "benchmarks/results" / name).read_text(encoding="utf-8").splitlines()
    texts: dict[str, str] = {}
    for x in sorted({m.group(1)[0] for row in rows_in if (m := _ROW.match(row))}):
        path = ROOT / f"benchmarks/data/untranslatables_{x}.jsonl"  # only the file's own sets
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            texts[item["id"]] = item["text"]
    carrier_kept: set[tuple[str, str]] = set()
    if with_carrier:
        for row in (
            (ROOT / "benchmarks/results" / with_carrier).read_text(encoding="utf-8").splitlines()
        ):
            c = _CARRIER_ROW.match(row)
            if c and c.group(2) == "kept":
                carrier_kept.add((c.group(1), ast.literal_eval(c.group(3))))
    tally: Counter[tuple[str, str, str]] = Counter()
    kept: dict[str, list[str]] = {"heading": [], "start": []}
    both: list[str] = []
    for row in rows_in:
        m = _ROW.match(row)
        if not m:
            continue
        run = ast.literal_eval(m.group(4))
        if not _translatable(run, lex):
            continue
        line = next((x for x in texts[m.group(1)].splitlines() if run in x), "")
        where = "heading" if line.lstrip().startswith("#") or _title_case(line, lex) else "start"
        tally[(where, m.group(2), m.group(3))] += 1
        if m.group(2) == "other" and m.group(3) == "kept":
            kept[where].append(f"{m.group(1)} {run!r}")
        if with_carrier and m.group(3) == "kept" and (m.group(1), run) in carrier_kept:
            tally[("both", m.group(2), "kept")] += 1
            both.append(f"{m.group(1)} {m.group(2)} {run!r}")
    for key in sorted(tally):
        print(f"  {' '.join(key):28} {tally[key]:5}")
    for where, rows in [*kept.items(), *((("both probes", both),) if with_carrier else ())]:
        print(
            f"\nother kept, {where} ({len(rows)}):"
            if where != "both probes"
            else f"\nkept by both probes, lost, name and other ({len(rows)}):"
        )
        for r in rows:
            print("  " + r)
    return 0


def pages(folders: list[str]) -> int:
    from eval_realworld import SETS, load_pages

    from translate.errors import TranslateError
    from translate.read import parse_article
    from translate.untranslatable import _sentence_start, _title_case, engine_lexicon

    lex = engine_lexicon("en")
    tally: Counter[str] = Counter()
    for folder in folders:
        for page in load_pages(SETS[folder]):
            if page.language != "en":
                continue
            try:
                article = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
            except TranslateError:
                continue
            tally["pages"] += 1
            for block in article.blocks:
                text = block.text
                heading = block.kind == "heading" or _title_case(text, lex)
                for span in block.inline:
                    if span.kind not in ("link", "em", "strong"):
                        continue
                    run = text[span.start : span.end].strip()
                    words = run.split()
                    if not words or run == text.strip() or not _RUN.fullmatch(run):
                        continue
                    if len(words) == 1 and run.casefold() in lex:
                        continue
                    opens = _sentence_start(text, span.start)
                    if not (heading or opens):
                        continue
                    where = "heading" if heading else "start"
                    tally[f"{where} {span.kind}"] += 1
                    print(f"{where:8} {span.kind:6} {folder}:{page.id} {run!r} | {text[:90]!r}")
    print()
    for key in sorted(tally):
        print(f"  {key:16} {tally[key]:5}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sets", default="c,d,e,f,g,h,i,j,k")
    parser.add_argument("--runs", default="untrans24-eval_untranslatables")
    parser.add_argument("--carrier", action="store_true")
    parser.add_argument("--pages", default="")
    parser.add_argument("--context", action="store_true")
    parser.add_argument("--split", default="")
    parser.add_argument("--with", dest="with_carrier", default="")
    args = parser.parse_args(argv)
    if args.pages:
        return pages(args.pages.split(","))
    if args.split:
        return split(args.split, args.with_carrier)
    if args.context:
        return context([s for s in args.sets.split(",") if s], args.runs)
    if args.carrier:
        return carrier([s for s in args.sets.split(",") if s])
    from translate.locales import parse_targets
    from translate.mt import plan_route, translate_batch
    from translate.untranslatable import engine_lexicon

    lex = engine_lexicon("en")
    rows: list[tuple[str, str, str, str]] = []  # (item, token, place, text)
    for x in [s for s in args.sets.split(",") if s]:
        items = {}
        for line in (
            (ROOT / f"benchmarks/data/untranslatables_{x}.jsonl")
            .read_text(encoding="utf-8")
            .splitlines()
        ):
            item = json.loads(line)
            items[item["id"]] = item
        run = ROOT / f"benchmarks/results/{args.runs}_{x}_main-2026-12-05.txt"
        for line in run.read_text(encoding="utf-8").splitlines():
            m = _LOST.match(line)
            if not m or items[m.group(1)]["from"] != "en":
                continue
            text = items[m.group(1)]["text"]
            for token in ast.literal_eval(m.group(2)):
                rows.append((m.group(1), token, place(text, token, lex), text))
    cls = [r for r in rows if r[2] != "other"]
    profile = parse_targets("pt-BR")[0]
    route = plan_route("en", profile.language, list(profile.engines))
    probed = translate_batch([r[1] for r in cls], route, None)[0] if cls else []
    tally: Counter[str] = Counter(r[2] for r in rows)
    print(f"{'item':7} {'place':8} markup repeated probe  token -> engine alone")
    for (item, token, where, text), alone in zip(cls, probed, strict=True):
        cues = (markup(text, token), repeated(text, token, lex), alone.strip() == token)
        for name, hit in zip(("markup", "repeated", "probe"), cues, strict=True):
            tally[f"{where} {name}"] += hit
        marks = "  ".join("yes" if c else " - " for c in cues)
        print(f"{item:7} {where:8} {marks:19} {token!r} -> {alone!r}")
    print(
        f"\nlosses (en sources): {len(rows)}; of them heading {tally['heading']}, "
        f"start {tally['start']}, other {tally['other']}"
    )
    for where in ("heading", "start"):
        print(
            f"  {where:8} markup {tally[f'{where} markup']}, repeated "
            f"{tally[f'{where} repeated']}, probe {tally[f'{where} probe']} "
            f"of {tally[where]}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
