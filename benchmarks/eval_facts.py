"""Facts gate on real sentences: does a wrong fact ever pass without a blocking finding?

Reads ``benchmarks/data/facts_heldout.jsonl`` (real news sentences with the bare embedded
engine's Portuguese output, each labelled by hand before the gate was written: ``ok``,
``repairable`` or ``blocking``) and runs the pipeline's post-engine stages on each pair
(localize for pt-BR, then the checks), then counts:

- ``missed``: a ``blocking`` pair that got no blocking finding and was not repaired (a wrong
  fact published); a repair counts when the published text differs from the engine's, a
  finding reports the change, and the published text passes the check again;
- ``false alarms``: an ``ok`` or ``repairable`` pair held back by a blocking finding;
- ``repairs``: ``repairable`` pairs whose published text carries the value written the
  Portuguese way (``target_must_contain``);
- ``localizer harm``: pairs where the localizer's output has a blocking number finding that
  the engine's own output did not have (a correct number made wrong).

It also builds a *mutation* set from the ``ok`` pairs, by rules written with the set (change a
digit of a number, drop a percent sign or word, swap a currency, drop a name-like capitalized
word pair, delete the second half of the sentence), each of which must be caught.

Run: ``python benchmarks/eval_facts.py [--json] [--show]``; the table goes to stdout.

``--pages N`` instead translates the first N English news pages of the real-world corpus
(``tests/data/realworld``) to pt-BR with the embedded engine, through the whole pipeline and
through the bare engine, and counts per page: sentences, facts the bare engine got wrong (the
blocking number, date, name and loss findings of the checks run on its raw output), what the
pipeline repaired, what is still blocking in its edition, and what each policy would publish.
A wrong fact can reach a published edition only under ``--on-findings publish`` or if no check
sees it (which the held-out set above measures).
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from translate.check import PairResult as CheckResult
from translate.check import check_pair

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "facts_heldout.jsonl"

_CURRENCY_SWAPS = [
    ("US$", "€"), ("US $", "€"), ("$", "£"), ("euros", "libras"), ("libras", "euros"),
    ("dólares", "euros"), ("€", "US$"), ("£", "€"),
]  # fmt: skip


@dataclass
class Row:
    id: str
    source: str
    engine: str
    label: str
    note: str
    must: list[str]


def load(path: Path = DATA) -> list[Row]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            rows.append(
                Row(d["id"], d["source"], d["engine"], d["label"], d["note"],
                    d.get("target_must_contain", []))
            )  # fmt: skip
    return rows


def mutations(row: Row) -> list[tuple[str, str]]:
    """(kind, mutated engine output) pairs, each of which changes a fact of the source."""
    out: list[tuple[str, str]] = []
    text = row.engine
    m = re.search(r"\d{2,}", text)
    if m:
        digits = m.group()
        changed = digits[:-1] + str((int(digits[-1]) + 3) % 10)
        out.append(("digit", text[: m.start()] + changed + text[m.end() :]))
    for pct in ("%", " por cento"):
        if pct in text:
            out.append(("percent-dropped", text.replace(pct, "", 1)))
            break
    for a, b in _CURRENCY_SWAPS:
        if a in text and b not in text:
            out.append(("currency", text.replace(a, b, 1)))
            break
    words = text.split()
    if len(words) >= 12:
        out.append(("half-lost", " ".join(words[: len(words) // 2]) + "."))
    return out


# Portuguese number words for the spelled-out mutations (benchmark data, not the product's).
_PT_WORDS = {
    2: ("dois", "duas"), 3: ("três",), 4: ("quatro",), 5: ("cinco",), 6: ("seis",),
    7: ("sete",), 8: ("oito",), 9: ("nove",), 10: ("dez",), 11: ("onze",), 12: ("doze",),
}  # fmt: skip
_EN_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
_ALNUM = re.compile(r"(?<![\w.])(?=[\w-]*[^\W\d_])(?=[\w-]*\d)\w+(?:-\w+)*")
_CLOCK = re.compile(r"(?<![\d.,])(\d{1,2})([:h])(\d{2})(?!\d)")
_PERIOD = re.compile(r"(?i)(?<![^\W\d_])([ap])\.?\s?m\b\.?")
_SCALE_SRC = re.compile(r"(?<![\w.,])((?:US)?\$|£|€)?(\d+(?:\.\d+)?) (thousand|million|billion)\b")
_SENTENCE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"»]))\s+(?=[“\"«]?[A-ZÀ-Ý])")


def _bump(digits: str) -> str:
    """The same digit run with its last digit changed."""
    return digits[:-1] + str((int(digits[-1]) + 3) % 10)


def new_mutations(row: Row) -> list[tuple[str, str, str, bool]]:
    """Mutations of the kinds the first gate missed: (kind, source, target, wrong).

    ``wrong`` False marks a *correct* variant (a 12-hour time written the 24-hour way, a number
    word written in digits, "$170 million" written "$170m" in the source) that must not be
    held; True, a changed fact that must be.
    """
    src, tgt = row.source, row.engine
    out: list[tuple[str, str, str, bool]] = []
    for m in _ALNUM.finditer(tgt):  # a number inside a name or code: "iOS 13" is not one token
        if m.group() in src and any(c.isalpha() for c in m.group()):
            run = re.search(r"\d+", m.group())
            assert run is not None
            token = m.group()[: run.start()] + _bump(run.group()) + m.group()[run.end() :]
            out.append(("alnum", src, tgt[: m.start()] + token + tgt[m.end() :], True))
            break
    clock = _CLOCK.search(tgt)
    if clock:
        minutes = f"{(int(clock.group(3)) + 10) % 60:02d}"
        out.append(("clock", src, tgt[: clock.start(3)] + minutes + tgt[clock.end(3) :], True))
    s_period = re.search(r"(?i)(\d{1,2})(?::(\d{2}))?\s?([ap])\.?\s?m\b\.?", src)
    if s_period:
        hour = int(s_period.group(1)) % 12 + (12 if s_period.group(3).lower() == "p" else 0)
        minute = s_period.group(2)
        h24 = f"{hour}h{minute}" if minute and minute != "00" else f"{hour}h"
        t_time = re.search(rf"(?i)\b{s_period.group(1)}(?::\d{{2}})?\s?[ap]\.?\s?m\b\.?", tgt)
        if t_time:
            out.append(("clock-24h", src, tgt[: t_time.start()] + h24 + tgt[t_time.end() :],
                        False))  # fmt: skip
            other = "p.m." if s_period.group(3).lower() == "a" else "a.m."
            wrong = _PERIOD.sub(other, t_time.group(), count=1)
            out.append(("day-period", src, tgt[: t_time.start()] + wrong + tgt[t_time.end() :],
                        True))  # fmt: skip
    for word, value in _EN_WORDS.items():
        if not re.search(rf"(?i)\b{word}\b", src):
            continue
        for pt in _PT_WORDS[value]:
            hit = re.search(rf"(?i)\b{pt}\b", tgt)
            if hit:
                other = _PT_WORDS[value + 1 if value < 12 else value - 1][0]
                out.append(("spelled", src, tgt[: hit.start()] + other + tgt[hit.end() :], True))
                out.append(("spelled-digits", src,
                            tgt[: hit.start()] + str(value) + tgt[hit.end() :], False))  # fmt: skip
                break
        else:
            continue
        break
    scaled = _SCALE_SRC.search(src)
    if scaled:
        suffix = {"thousand": "k", "million": "m", "billion": "bn"}[scaled.group(3)]
        short = f"{scaled.group(1) or ''}{scaled.group(2)}{suffix}"
        short_src = src[: scaled.start()] + short + src[scaled.end() :]
        out.append(("suffix", short_src, tgt, False))
        pt_scale = {"k": "mil", "m": "milh", "bn": "bilh"}[suffix]
        wrong_scale = {"k": "milhões", "m": "bilhões", "bn": "milhões"}[suffix]
        hit = re.search(rf"\b{pt_scale}\w*", tgt)
        if hit:
            out.append(("suffix-scale", short_src,
                        tgt[: hit.start()] + wrong_scale + tgt[hit.end() :], True))  # fmt: skip
        if scaled.group(1):
            for a, b in _CURRENCY_SWAPS:
                if a in tgt and b not in tgt:
                    out.append(("suffix-currency", short_src, tgt.replace(a, b, 1), True))
                    break
    sentences = [s for s in _SENTENCE.split(tgt) if s.strip()]
    if len(sentences) >= 2:
        drop = min(range(len(sentences)), key=lambda i: len(sentences[i]))
        kept = " ".join(s for i, s in enumerate(sentences) if i != drop)
        out.append(("sentence-dropped", src, kept, True))
    return out


def _repaired(
    row: Row, wrong: str, result: CheckResult, locale: str = "pt-BR", source_lang: str = "en"
) -> bool:
    """Did the pipeline put the source's fact back (and say so) instead of holding the text?

    True when the published text differs from the wrong one, a finding reports the change,
    and the published text, checked again against the source, has no blocking finding.
    """
    if result.text == wrong or not any(f.data.get("localized") for f in result.findings):
        return False
    again = check_pair(row.source, result.text, source_lang, locale, localize=False)
    return not again.blocking


def blocking(findings: list[dict[str, object]]) -> list[dict[str, object]]:
    return [f for f in findings if f.get("severity") == "error"]


def real_pages(n: int, show: bool) -> int:
    """The ``--pages`` mode (see the module docstring)."""
    from collections import Counter

    sys.path.insert(0, str(HERE.parent / "tests"))
    from realworld_corpus import load_pages

    from translate.locales import parse_targets
    from translate.mt import plan_route, translate_batch
    from translate.options import RunOptions
    from translate.pipeline import prepare, translate_prepared
    from translate.publish import verdict
    from translate.read import parse_article

    pages = [p for p in load_pages() if p.language == "en" and p.kind == "news"][:n]
    options = RunOptions(use_cache=False, use_tm=False)
    profile = parse_targets("pt-BR")[0]
    route = plan_route("en", profile.language, list(profile.engines))
    print(f"# eval_facts --pages {n}: English news pages of tests/data/realworld -> pt-BR,"
          f" embedded engine, Python {platform.python_version()}")  # fmt: skip
    print("| page | sentences | bare: blocking | pipeline: blocking | by check | mark | hold |")
    print("|---|---|---|---|---|---|---|")
    total: Counter[str] = Counter()
    for page in pages:
        article = parse_article(page.html(), fmt="html", source=page.id, article_id=page.id)
        try:
            prepared = prepare(article, options)
        except Exception as exc:
            print(f"| {page.id} | - | - | - | {type(exc).__name__} | - | - |")
            continue
        edition = translate_prepared(prepared, profile, options)
        segs = edition.segments
        bare, _, _ = translate_batch([s.source for s in segs], route, None)
        bare_blocking = sum(
            len(check_pair(s.source, b, s.segment.lang, "pt-BR", localize=False).blocking)
            for s, b in zip(segs, bare, strict=True)
            if s.origin == "mt"
        )
        by_check = Counter(f.check for f in edition.blocking)
        held = verdict(edition, "hold").action
        marked = verdict(edition, "mark").action
        total.update({"pages": 1, "sentences": len(segs), "bare": bare_blocking,
                      "pipeline": len(edition.blocking), "held": held == "held"})  # fmt: skip
        total.update({f"check:{k}": v for k, v in by_check.items()})
        checks = ", ".join(f"{k} {v}" for k, v in sorted(by_check.items())) or "-"
        print(f"| {page.id} | {len(segs)} | {bare_blocking} | {len(edition.blocking)} | {checks}"
              f" | {marked} | {held} |")  # fmt: skip
        if show:
            for f in edition.blocking:
                seg = next((s for s in segs if s.id == f.segment), None)
                print(f"    [{f.check}] {f.message}")
                if seg is not None:
                    print(f"        {seg.source}\n        {seg.target}")
    checks = ", ".join(
        f"{k[6:]} {v}" for k, v in sorted(total.items()) if k.startswith("check:")
    )
    print(f"| total ({total['pages']} pages) | {total['sentences']} | {total['bare']} |"
          f" {total['pipeline']} | {checks or '-'} | - | {total['held']} held |")  # fmt: skip
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    parser.add_argument("--show", action="store_true", help="list every miss and false alarm")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--locale", default="pt-BR", help="target locale (pt-BR, pt-PT)")
    parser.add_argument("--pages", type=int, default=0, metavar="N",
                        help="evaluate N real English news pages instead (see above)")
    args = parser.parse_args(argv)
    if args.pages:
        return real_pages(args.pages, args.show)
    rows = load(args.data)
    loc = args.locale
    kinds: dict[str, list[int]] = {}  # kind -> [held, total]
    counts = {"pairs": len(rows), "ok": 0, "repairable": 0, "blocking": 0, "missed": 0,
              "false_alarms": 0, "repaired": 0, "localizer_harm": 0,
              "mutations": 0, "mutations_caught": 0}  # fmt: skip
    notes: list[str] = []
    for row in rows:
        counts[row.label] += 1
        result = check_pair(row.source, row.engine, "en", loc)
        found = [f.to_dict() for f in result.findings]
        repaired = row.label == "blocking" and _repaired(row, row.engine, result, loc)
        held = bool(blocking(found)) or repaired
        if row.label == "blocking" and not held:
            counts["missed"] += 1
            notes.append(f"MISSED {row.id}: {row.note}\n    {result.text}")
        if row.label != "blocking" and held:
            counts["false_alarms"] += 1
            notes.append(
                f"FALSE ALARM {row.id} ({row.label}): "
                + "; ".join(str(f["message"]) for f in blocking(found))
                + f"\n    {row.source}\n    {result.text}"
            )
        if row.label == "repairable" and all(m in result.text for m in row.must):
            counts["repaired"] += 1
        elif row.label == "repairable":
            notes.append(f"NOT REPAIRED {row.id}: wanted {row.must}\n    {result.text}")
        bare = check_pair(row.source, row.engine, "en", loc, localize=False)
        if len(blocking([f.to_dict() for f in result.findings if f.check == "numbers"])) > len(
            blocking([f.to_dict() for f in bare.findings if f.check == "numbers"])
        ):
            counts["localizer_harm"] += 1
            notes.append(f"LOCALIZER HARM {row.id}:\n    {row.engine}\n    {result.text}")
        if row.label == "ok":
            for kind, mutated in mutations(row):
                counts["mutations"] += 1
                res = check_pair(row.source, mutated, "en", loc)
                caught = _repaired(row, mutated, res, loc)
                if blocking([f.to_dict() for f in res.findings]) or caught:
                    counts["mutations_caught"] += 1
                else:
                    notes.append(f"MUTATION MISSED {row.id} [{kind}]:\n    {mutated}")
            for kind, m_src, m_tgt, wrong in new_mutations(row):
                res = check_pair(m_src, m_tgt, "en", loc)
                fixed = _repaired(Row(row.id, m_src, m_tgt, "", "", []), m_tgt, res, loc)
                held = bool(res.blocking) or (fixed and wrong)
                tally = kinds.setdefault(kind + ("" if wrong else " (correct)"), [0, 0])
                tally[0] += held
                tally[1] += 1
                if held != wrong:
                    what = "MUTATION MISSED" if wrong else "VARIANT HELD"
                    why = "; ".join(f.message for f in res.blocking)
                    notes.append(f"{what} {row.id} [{kind}] {why}\n    {m_src}\n    {m_tgt}")
    counts["new_kinds"] = kinds  # type: ignore[assignment]
    if args.json:
        print(json.dumps(counts, indent=2))
    else:
        print(f"# eval_facts: {args.data.name}, {loc}, Python {platform.python_version()}")
        print("| pairs | ok | repairable | blocking | missed | false alarms | repaired |"
              " localizer harm | mutations caught |")  # fmt: skip
        print("|---|---|---|---|---|---|---|---|---|")
        print(
            f"| {counts['pairs']} | {counts['ok']} | {counts['repairable']} | "
            f"{counts['blocking']} | {counts['missed']} | {counts['false_alarms']} | "
            f"{counts['repaired']}/{counts['repairable']} | {counts['localizer_harm']} | "
            f"{counts['mutations_caught']}/{counts['mutations']} |"
        )
        print("\n| mutation kind | held / total |\n|---|---|")
        for kind, (held_n, total_n) in sorted(kinds.items()):
            print(f"| {kind} | {held_n}/{total_n} |")
        print("(a correct variant must not be held: its figure counts false alarms)")
    if args.show:
        print("\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
