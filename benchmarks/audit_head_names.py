"""Every sentence whose masks the ``kept_heads`` signal (``HEAD_NAMES``, rule ``title-repeated``:
a run headed by a firm's, a publisher's or a newsroom's common noun, kept written once) changes,
translated three ways in one run, for reading: the bare engine, the pipeline's masks without
the signal (main) and with it.

    python benchmarks/audit_head_names.py ON_LISTING OFF_LISTING [...]

The listings are ``list_repeated_names.py`` outputs, the first of each pair with
``HEAD_NAMES`` on, the second off (arguments in pairs); only the pages and set items whose runs
differ are read. Verdicts against the bare engine are ``eval_realworld._name_verdict``'s.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def _entries(path: Path) -> dict[tuple[str, str], list[str]]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "[" not in line:
            continue
        head, runs = line.split(" [", 1)
        where, pid = head.rsplit(" ", 1)
        out[(where, pid)] = list(ast.literal_eval("[" + runs))
    return out


def _units(where: str, pid: str) -> tuple[list[str], list[str], str | None]:
    from eval_realworld import SETS, load_pages

    from translate.options import RunOptions
    from translate.pipeline import prepare
    from translate.read import parse_article

    if where.startswith("set "):
        path = ROOT / f"benchmarks/data/untranslatables_{where[4:]}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            if item["id"] == pid:
                return [item["text"]], ["paragraph"], None
        raise SystemExit(f"{where} {pid}: no item")
    for page in load_pages(SETS[where]):
        if page.id == pid:
            article = parse_article(page.html(), fmt="html", source=pid, article_id=pid)
            prepared = prepare(article, RunOptions(use_cache=False, use_tm=False))
            kinds = [prepared.article.blocks[s.block].kind for s in prepared.segments]
            return [s.source for s in prepared.segments], kinds, article.meta.get("sitename")
    raise SystemExit(f"{where} {pid}: no page")


def main(argv: list[str] | None = None) -> int:
    from eval_realworld import _name_verdict

    from translate import untranslatable as u
    from translate.locales import parse_targets
    from translate.mt import plan_route, translate_batch

    args = [Path(a) for a in (argv if argv is not None else sys.argv[1:])]
    todo: dict[tuple[str, str], list[str]] = {}
    for on_path, off_path in zip(args[::2], args[1::2], strict=True):
        on, off = _entries(on_path), _entries(off_path)
        for key, runs in on.items():
            if runs != off.get(key, []):
                todo[key] = [r for r in runs if r not in off.get(key, [])]
    profile = parse_targets("pt-BR")[0]
    route = plan_route("en", profile.language, list(profile.engines))

    def tr(batch: list[str]) -> list[str]:
        return list(translate_batch(batch, route, None)[0]) if batch else []

    tally: dict[str, int] = {}
    for (where, pid), new in todo.items():
        texts, kinds, site = _units(where, pid)
        u.HEAD_NAMES = True
        with_ = u.mask_segments(texts, kinds, "en", site=site)
        u.HEAD_NAMES = False
        without = u.mask_segments(texts, kinds, "en", site=site)
        u.HEAD_NAMES = True
        idx = [i for i in range(len(texts)) if with_.words.get(i) != without.words.get(i)]
        print(f"== {where} {pid} new runs {new}: {len(idx)} sentences change")
        for i in idx:
            outs = []
            for m in (without, with_):
                if i in m.words:
                    sub = u.Masked([m.texts[i]], [m.originals[i]], {0: m.words[i]}, {0: m.rules[i]})
                    raw = tr(sub.texts)
                    done, _ = u.unmask_segments(sub, raw, {0}, tr)
                    outs.append(done[0])
                else:
                    outs.append(tr([texts[i]])[0])
            bare = tr([texts[i]])[0]
            verdict, why = _name_verdict(texts[i], with_.words.get(i, []), bare, outs[1])
            same_main = outs[1] == outs[0]
            key = f"{verdict}{' (= main)' if same_main else ''}"
            tally[key] = tally.get(key, 0) + 1
            print(f"[{key}] {with_.words.get(i)} {why}")
            print(f"    src:  {texts[i]}")
            print(f"    bare: {bare}")
            print(f"    main: {outs[0]}")
            print(f"    ours: {outs[1]}")
    print(f"# {len(todo)} pages or items with a new run; sentences: {tally}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
