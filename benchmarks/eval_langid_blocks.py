"""Short blocks in their real context: the language the pipeline routes each one to.

    python benchmarks/eval_langid_blocks.py [--part dev|heldout] [--show] [--set blocks|mixed]

Reads ``benchmarks/data/langid_blocks/blocks.jsonl`` (``build_langid_blocks.py``; README.md there),
or with ``--set mixed`` ``benchmarks/data/langid_mixed/blocks.jsonl`` (langid17: real blocks in
another language than their page, ``build_langid_mixed.py``), runs every document through the
source-side stages as the pipeline does (a feed item or channel through
``translate.feeds.run._prepare`` with its feed's declared language, a page through
``translate.pipeline.prepare``), and reads the language of each labelled short block's sentences:
what the engine would be asked to translate from.

Per part: blocks scored (label not ``any``), right, **own-language blocks routed away** (the block
is in its document's language and is sent to another language: with no engine for that language it
is published untranslated, with a warning), **foreign blocks translated as the document's
language** (a block in another language sent to the document's engine), blocks the stages dropped
(boilerplate), and what "every block takes its document's language" would score. **Left as written
wrongly**: a block in English (which the installed engines translate to pt-BR) routed to a language
no engine serves: with a sure language (confidence ``vouch`` or more, or a script rule) it is
published untranslated with a warning; else held for review (``translate.pipeline._unserved``).
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "langid_blocks" / "blocks.jsonl"
SETS = {"blocks": DATA, "mixed": DATA.parent.parent / "langid_mixed" / "blocks.jsonl"}
TARGET = "pt-BR"  # the locale whose engines decide what is left as written


def _served(lang: str, cache: dict[str, bool]) -> bool:
    """Whether an installed engine translates ``lang`` to TARGET's language."""
    if lang not in cache:
        from translate.errors import UnsupportedPairError
        from translate.locales import get_profile
        from translate.mt import plan_route
        from translate.options import EngineOptions

        profile = get_profile(TARGET)
        try:
            plan_route(lang, profile.language, list(profile.engines), EngineOptions())
            cache[lang] = True
        except UnsupportedPairError:
            cache[lang] = lang == profile.language
    return cache[lang]


def routed(doc: dict[str, Any]) -> dict[str, tuple[str, bool]]:
    """Short block text -> (the language its sentences are routed from ('dropped', 'error'),
    whether that language is sure: the pipeline vouches for leaving it as written)."""
    from translate.errors import TranslateError
    from translate.feeds.run import _prepare
    from translate.model import Article, Block
    from translate.options import RunOptions
    from translate.pipeline import prepare

    blocks = [Block(kind=b["kind"], text=b["text"]) for b in doc["blocks"]]
    article = Article(id="doc", blocks=blocks, source=doc["id"], format="feed"
                      if doc["kind"] != "page" else "html",
                      text="\n\n".join(b.text for b in blocks))
    wanted = {b["text"] for b in doc["blocks"] if "label" in b}
    try:
        if doc["kind"] == "page":
            prepared = prepare(article, RunOptions())
        else:
            prepared = _prepare(article, RunOptions(), doc["feed_lang"])
    except TranslateError:
        return dict.fromkeys(wanted, ("error", False))
    from translate.detect.rules import rules

    vouch = rules().vouch
    out: dict[str, tuple[str, bool]] = {}
    for seg in prepared.segments:
        block = prepared.article.blocks[seg.block]
        if block.text in wanted:
            guess = block.lang
            sure = guess is not None and guess.lang == seg.lang and (
                guess.confidence >= vouch or guess.method == "script")
            out.setdefault(block.text, (seg.lang, sure))
    return {t: out.get(t, ("dropped", False)) for t in wanted}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=("dev", "heldout", "all"), default="dev")
    parser.add_argument("--show", action="store_true", help="list every block not right")
    parser.add_argument("--set", choices=sorted(SETS), default="blocks")
    args = parser.parse_args()
    data = SETS[args.set]
    docs = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines()]
    docs = [d for d in docs if args.part == "all" or d["split"] == args.part]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, cwd=DATA.parent).stdout.strip()
    print(f"# {datetime.now(UTC):%Y-%m-%dT%H:%MZ} eval_langid_blocks --set {args.set} "
          f"--part {args.part}; "
          f"commit {commit}; {platform.machine()}; Python {platform.python_version()}")
    count: Counter[str] = Counter()
    wrong: list[str] = []
    served: dict[str, bool] = {}
    for doc in docs:
        langs = routed(doc)
        for block in doc["blocks"]:
            if "label" not in block:
                continue
            label, text = block["label"], block["text"]
            got, sure = langs[block["text"]]
            if label == "any":
                count["no language (not scored)"] += 1
                continue
            count["scored"] += 1
            own = label == doc["lang"]
            count["own-language" if own else "foreign"] += 1
            if got in ("dropped", "error"):
                count[got] += 1
                continue
            count["published"] += 1
            count["follow the document: right"] += doc["lang"] == label
            if got == label:
                count["right"] += 1
                continue
            if _served(label, served) and not _served(got, served):
                count["English left as written: published (warning)" if sure
                      else "English left as written: held for review"] += 1
            if own:
                count["own-language routed away"] += 1
            elif got == doc["lang"]:
                count["foreign translated as the document's language"] += 1
            else:
                count["foreign routed to a third language"] += 1
            wrong.append(f"  {doc['id']} [{doc['lang']}] label {label} got {got}: {text}")
    pub = max(count["published"], 1)
    for key in ("scored", "own-language", "foreign", "dropped", "error", "published", "right",
                "own-language routed away", "foreign translated as the document's language",
                "foreign routed to a third language",
                "English left as written: published (warning)",
                "English left as written: held for review", "follow the document: right",
                "no language (not scored)"):
        extra = f" ({count[key] / pub:.1%} of published)" if key in (
            "right", "follow the document: right") else ""
        print(f"{key}: {count[key]}{extra}")
    if args.show:
        print("not right:")
        print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
