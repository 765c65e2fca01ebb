"""The feed documents that ``eval_langid_blocks.py`` cannot route when it reads each one alone, read
as ``translate feed`` reads them: a feed that declares no language takes, for a channel or an
item whose own text cannot tell, the language of its channel's and items' text read together.

    python benchmarks/eval_langid_feed_text.py [--part dev|heldout]

Reads ``benchmarks/data/langid_blocks/blocks.jsonl``; for every feed there without a declared
language, builds its channel and items from the documents of that feed (an item's first block is
its title, the others its summary), reads the feed's language with
``translate.feeds.run._read_text_lang``, and lists each labelled short block of a document that
fails alone (``cannot tell``) with the language it is routed from with the feed's text.
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import UTC, datetime
from html import escape
from typing import Any

from eval_langid_blocks import DATA


def _route(doc: dict[str, Any], text_lang: str | None) -> dict[str, str] | None:
    from translate.errors import TranslateError
    from translate.feeds.run import _prepare
    from translate.model import Article, Block
    from translate.options import RunOptions

    blocks = [Block(kind=b["kind"], text=b["text"]) for b in doc["blocks"]]
    article = Article(id="doc", blocks=blocks, source=doc["id"], format="feed",
                      text="\n\n".join(b.text for b in blocks))
    try:
        prepared = _prepare(article, RunOptions(), None, text_lang)
    except TranslateError:
        return None
    return {prepared.article.blocks[s.block].text: s.lang for s in prepared.segments}


def main() -> int:
    from translate.feeds.reader import FeedInfo, FeedItem
    from translate.feeds.run import _read_text_lang
    from translate.options import RunOptions

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=("dev", "heldout", "all"), default="dev")
    args = parser.parse_args()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, cwd=DATA.parent).stdout.strip()
    print(f"# {datetime.now(UTC):%Y-%m-%dT%H:%MZ} eval_langid_feed_text --part {args.part}; "
          f"commit {commit}; {platform.machine()}; Python {platform.python_version()}")
    docs = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    feeds: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for doc in docs:
        if doc["kind"] != "page":
            feeds[doc["id"].split("#")[0]].append(doc)
    count: Counter[str] = Counter()
    for name, group in sorted(feeds.items()):
        if any(d.get("feed_lang") for d in group):
            continue
        channel = next((d for d in group if d["kind"] == "channel"), None)
        texts = [b["text"] for b in channel["blocks"]] if channel else []
        info = FeedInfo(kind="rss", title=texts[0] if texts else None,
                        description=texts[1] if len(texts) > 1 else None)
        items = [FeedItem(position=k, key=d["id"], title=d["blocks"][0]["text"],
                          summary="".join(f"<p>{escape(b['text'])}</p>" for b in d["blocks"][1:]))
                 for k, d in enumerate(d for d in group if d["kind"] == "item")]
        text_lang = _read_text_lang(info, items, RunOptions(), name)
        for doc in group:
            if (args.part != "all" and doc["split"] != args.part) or _route(doc, None) is not None:
                continue
            count["documents that cannot tell alone"] += 1
            count["of them with a scored block"] += any(
                b.get("label") not in (None, "any") for b in doc["blocks"])
            routed = _route(doc, text_lang)
            for block in doc["blocks"]:
                if block.get("label") in (None, "any"):
                    continue
                got = "error" if routed is None else routed.get(block["text"], "dropped")
                count["scored blocks"] += 1
                count["right with the feed's text" if got == block["label"] else "not right"] += 1
                print(f"  {doc['id']} [feed text: {text_lang}] label {block['label']} got {got}:"
                      f" {block['text']}")
    for key in ("documents that cannot tell alone", "of them with a scored block", "scored blocks",
                "right with the feed's text", "not right"):
        print(f"{key}: {count[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
