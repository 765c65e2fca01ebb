"""untrans46: what the casing stages send the engine for the development texts' lines, on two
trees, and where a numbered title ("World War I", "Title IX", "Section 230") or a law's title
stands. No engine.

    PYTHONPATH=OLD python benchmarks/untrans46_numeral_scan.py OUT_OLD.json
    python benchmarks/untrans46_numeral_scan.py OUT_NEW.json
    python benchmarks/untrans46_numeral_scan.py --compare OUT_OLD.json OUT_NEW.json

Texts (development only): the headline sets of caps44 (White House, NASA) and caps46 (State
Department), title and body lines of each release as one article; the Markdown articles of
probe43 (NASA), one line a block; the items of the untranslatables development sets c to aa
(aa opened by this pass), one item an article. Per article, every line through
``translate.titlecase.sentence_cased`` (target pt) and ``translate.capitals.sentence_cased``
as headings and sentences (all lines eligible: only a line in title case or in capitals
changes). ``--compare`` prints each line whose engine input differs and the totals; and, on
the branch's dump, the numbered titles found and the law titles mentioned more than once in
an article (the warnings the once-per-article rule folds).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"
# held-out untranslatables sets, never read here (ac: untrans48's, ad: untrans50's, ae: untrans52's)
HELD_OUT = frozenset(
    {
        "untranslatables_ab.jsonl",
        "untranslatables_ac.jsonl",
        "untranslatables_ad.jsonl",
        "untranslatables_ae.jsonl",
    }
)


def articles() -> list[tuple[str, list[str]]]:
    out: list[tuple[str, list[str]]] = []
    for name in (
        "caps44/wh_headlines.jsonl",
        "caps44/dev_nasa.jsonl",
        "caps46/state_headlines.jsonl",
    ):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                out.append((f"{name}:{d['id']}", [d["title"], *d.get("body", [])]))
    for path in sorted((DATA / "probe43_en").glob("*.md")):
        blocks = [
            b.strip().lstrip("#").strip() for b in path.read_text(encoding="utf-8").split("\n\n")
        ]
        out.append((f"probe43_en/{path.name}", [b for b in blocks if b]))
    for path in sorted(DATA.glob("untranslatables_*.jsonl")):
        if path.name in HELD_OUT:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                if d.get("from", "en") == "en":
                    text = str(d["text"])
                    out.append(
                        (
                            f"{path.name}:{d['id']}",
                            [b.strip() for b in text.split("\n\n") if b.strip()],
                        )
                    )
    return out


def dump(out: Path) -> None:
    from translate import capitals, law_titles, titlecase

    rows: dict[str, list[list[str]]] = {}
    extra: dict[str, list[list[str]]] = {}
    for key, lines in articles():
        idx = list(range(len(lines)))
        tc, _ = titlecase.sentence_cased(lines, lines, idx, "en", "pt")
        cc, _ = capitals.sentence_cased(lines, lines, idx, "en")
        rows[key] = [[a, b] for a, b in zip(tc, cc, strict=True)]
        if hasattr(law_titles, "numbered_title_spans"):
            nums = [
                line[s:e]
                for line in lines
                for s, e, _, _ in law_titles.numbered_title_spans(line, "en")
            ]
            laws = Counter(
                line[s:e] for line in lines for s, e in law_titles.law_title_spans(line, "en")
            )
            extra[key] = [nums, [f"{t} x{n}" for t, n in laws.items() if n > 1]]
    out.write_text(json.dumps({"rows": rows, "extra": extra}, ensure_ascii=False), encoding="utf-8")
    print(f"{len(rows)} articles, {sum(len(v) for v in rows.values())} lines -> {out}")


def compare(old: Path, new: Path) -> None:
    a = json.loads(old.read_text(encoding="utf-8"))
    b = json.loads(new.read_text(encoding="utf-8"))
    changed = Counter()
    lines = 0
    for key, rows in b["rows"].items():
        for i, (tc, cc) in enumerate(rows):
            lines += 1
            otc, occ = a["rows"][key][i]
            if tc != otc:
                changed["title case"] += 1
                print(f"TITLECASE {key} [{i}]\n  old: {otc}\n  new: {tc}")
            if cc != occ:
                changed["capitals"] += 1
                print(f"CAPITALS {key} [{i}]\n  old: {occ}\n  new: {cc}")
    nums = Counter(t for v in b["extra"].values() for t in v[0])
    folded = [(k, t) for k, v in b["extra"].items() for t in v[1]]
    print(f"\n{len(b['rows'])} articles, {lines} lines; engine input changed: {dict(changed)}")
    print(
        f"numbered titles found: {sum(nums.values())} mentions, {len(nums)} distinct: "
        + ", ".join(f"{t} x{n}" for t, n in nums.most_common())
    )
    print(f"law titles named more than once in an article: {len(folded)}")
    for k, t in folded:
        print(f"  {k}: {t}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--compare"]:
        compare(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        dump(Path(sys.argv[1]))
