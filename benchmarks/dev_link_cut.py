"""Links whose text the engine cut short (struct47): development sets only.

    PYTHONPATH=TREE python benchmarks/dev_link_cut.py [-v] DIR_OR_FILE... [--limit N]

Each input (``.md``, ``.html``, ``.html.gz``) is read, prepared and translated into pt-BR with
the default (embedded) engine, as ``eval_structure_u.py`` does; then every link placed in the
edition on words of its sentence (not on the link sign) is compared with its source link:

* ``shorter``: the link holds a smaller share of its sentence's words in the target than in
  the source (target share < 0.7 x source share; source link of 2+ words);
* ``next_fw``: the word right after the link (only spaces between) is a Portuguese article or
  preposition while in the source the link is followed by punctuation, the end of the
  sentence, or a word that is not an English article or preposition ("<Ordem Executiva sobre
  a Promoção> da Concorrência" for "<Executive Order on Promoting Competition>,");
* ``ends_fw``: the link's last target word is a Portuguese article or preposition while its
  last source word is not an English one;
* ``cut``: ``next_fw``, and the first word of four letters or more after the article(s) or
  preposition(s) right after the link (at most two of them) is a word of the link's source
  words as the same engine translates them alone (compared on their first five letters) that
  the placed link does not hold: the link stops inside the phrase its source covered
  ("Promoção> da Concorrência" where "Executive Order on Promoting Competition" alone is
  "Ordem Executiva sobre a Promoção da Concorrência").
* ``cut_back``: the same before the link: the word right before it is a Portuguese article or
  preposition, and the first word of four letters or more before that one (or two) is such a
  word of the link's words translated alone ("revisão do <Wix>" for "<Wix review>").

Prints one line per flagged link with ``-v`` (development sets only: never run it on a held-out
set), and the totals. The word lists are this script's own (a measure, not the pipeline's data).
"""

from __future__ import annotations

import argparse
import gzip
import platform
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PT_FW = frozenset(
    [
        "o", "a", "os", "as", "um", "uma", "uns", "umas", "de", "da", "do", "das", "dos", "em",
        "na", "no", "nas", "nos", "num", "numa", "ao", "à", "aos", "às", "pelo", "pela", "pelos",
        "pelas", "por", "para", "com", "sem", "sob", "sobre", "entre", "até", "desde"
    ]
)
EN_FW = frozenset(
    [
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "with", "by", "about", "as",
        "into", "over", "under", "between", "of's"
    ]
)
HELD = ("html_structure_ai", "html_structure_ak", "html_structure_al", "html_structure_am",
        "html_structure_an", "html_structure_ao", "html_structure_ap", "html_structure_aq",
        "html_structure_ar", "html_structure_as", "html_structure_at", "html_structure_au",
        "html_structure_av", "html_structure_aw", "html_structure_ax")
WORD = re.compile(r"\w+(?:[-'’.]\w+)*")


def words(text: str) -> list[str]:
    return WORD.findall(text)


def next_word(text: str, at: int) -> str | None:
    """The word right after ``at`` when only spaces stand between, else None."""
    m = re.match(r"\s*(\w+)", text[at:])
    return m.group(1) if m and not text[at : at + m.start(1)].strip() else None


def inputs(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if any(h in str(p) for h in HELD):
            raise SystemExit(f"{p}: a held-out set; this tool reads development sets only")
        if p.is_dir():
            out += sorted(
                f for f in p.rglob("*")
                if f.is_file() and f.name not in ("README.md", "NOTICE.md")
                and (f.suffix in (".md", ".html") or f.name.endswith(".html.gz"))
            )
        else:
            out.append(p)
    return out


def measure(path: Path) -> tuple[Counter[str], list[str]]:
    import translate.inline as inline_mod
    from translate.inline import TRAILING, _segment_offsets
    from translate.locales import parse_targets
    from translate.options import RunOptions
    from translate.pipeline import prepare, translate_prepared
    from translate.read import parse_article

    engine: list[object] = []
    real = inline_mod.restore

    def spy(edition, translate_phrases=None, **kw):  # type: ignore[no-untyped-def]
        engine.append(translate_phrases)
        return real(edition, translate_phrases, **kw)

    inline_mod.restore = spy  # type: ignore[assignment]

    raw = gzip.decompress(path.read_bytes()) if path.name.endswith(".gz") else path.read_bytes()
    text = raw.decode("utf-8", errors="replace")
    fmt = "md" if path.suffix == ".md" else "html"
    article = parse_article(text, fmt=fmt, source=path.name, article_id="c")
    prepared = prepare(article, RunOptions(source_lang="en"))
    options = RunOptions(use_cache=False, use_tm=False, source_lang="en")
    try:
        edition = translate_prepared(prepared, parse_targets("pt-BR")[0], options)
    finally:
        inline_mod.restore = real  # type: ignore[assignment]
    ask = engine[0] if engine else None
    counts: Counter[str] = Counter()
    lines: list[str] = []
    for block in edition.blocks:
        sources = {id(s.attrs): s for s in block.source_inline if s.kind == "link"}
        counts["links_src"] += len(sources)
        offsets = _segment_offsets(block)
        for x in block.inline:
            if x.kind != "link" or id(x.attrs) not in sources:
                continue
            src = sources[id(x.attrs)]
            if block.target[x.start : x.end] == TRAILING:
                counts["on_sign"] += 1
                continue
            seg = next(
                (s for s, o in offsets if o <= x.start and x.end <= o + len(s.target)), None
            )
            if seg is None:
                continue
            o = next(o for s, o in offsets if s is seg)
            a = max(src.start, seg.segment.start) - seg.segment.start
            b = min(src.end, seg.segment.end) - seg.segment.start
            if b <= a:
                continue
            counts["placed"] += 1
            s_link, s_all = words(seg.source[a:b]), words(seg.source)
            t0, t1 = x.start - o, x.end - o
            t_link, t_all = words(seg.target[t0:t1]), words(seg.target)
            if not s_link or not t_link or not s_all or not t_all:
                continue
            flags = []
            s_share, t_share = len(s_link) / len(s_all), len(t_link) / len(t_all)
            if len(s_link) >= 2 and t_share < 0.7 * s_share:
                flags.append("shorter")
            t_next = next_word(seg.target, t1)
            s_next = next_word(seg.source, b)
            if (
                t_next is not None and t_next.casefold() in PT_FW
                and (s_next is None or s_next.casefold() not in EN_FW)
            ):
                flags.append("next_fw")
            if t_link[-1].casefold() in PT_FW and s_link[-1].casefold() not in EN_FW:
                flags.append("ends_fw")
            before = words(seg.target[:t0])
            if before and before[-1].casefold() in PT_FW and len(s_link) >= 2 and callable(ask):
                k = len(before) - 1
                while k >= 0 and len(before) - 1 - k < 2 and before[k].casefold() in PT_FW:
                    k -= 1
                if k >= 0 and len(before[k]) >= 4:
                    alone = ask([seg.source[a:b]])[0]
                    keys = {w.casefold()[:5] for w in words(alone)}
                    have = {w.casefold()[:5] for w in t_link}
                    key = before[k].casefold()[:5]
                    if key in keys and key not in have:
                        flags.append("cut_back")
            if "next_fw" in flags and callable(ask):
                after = words(seg.target[t1:])
                k = 0
                while k < len(after) and k < 2 and after[k].casefold() in PT_FW:
                    k += 1
                if k < len(after) and len(after[k]) >= 4:
                    alone = ask([seg.source[a:b]])[0]
                    keys = {w.casefold()[:5] for w in words(alone)}
                    have = {w.casefold()[:5] for w in t_link}
                    key = after[k].casefold()[:5]
                    if key in keys and key not in have:
                        flags.append("cut")
            for f in flags:
                counts[f] += 1
            if flags:
                lines.append(
                    (
                        f"{path.parent.name}/{path.name}: {','.join(flags)} | "
                        f"{seg.source[:a][-40:]}<{seg.source[a:b]}>{seg.source[b:][:30]} | "
                        f"{seg.target[:t0][-40:]}<{seg.target[t0:t1]}>{seg.target[t1:][:30]}"
                    ).replace("\n", " ")
                )
    return counts, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--limit", type=int, default=0, help="at most N files per directory")
    args = parser.parse_args(argv)
    import os

    print(f"# dev_link_cut {time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime())} UTC "
          f"{platform.node()} load {os.getloadavg()[0]:.1f}")
    files = inputs(args.paths)
    if args.limit:
        per: Counter[Path] = Counter()
        kept = []
        for f in files:
            per[f.parent] += 1
            if per[f.parent] <= args.limit:
                kept.append(f)
        files = kept
    total: Counter[str] = Counter()
    cpu = time.process_time()
    for f in files:
        counts, lines = measure(f)
        total += counts
        if args.verbose:
            for line in lines:
                print(line)
    keys = ("links_src", "placed", "on_sign", "shorter", "next_fw", "ends_fw", "cut", "cut_back")
    print(f"files {len(files)}: " + ", ".join(f"{k} {total[k]}" for k in keys))
    print(f"# cpu {time.process_time() - cpu:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
