"""PO units whose ``msgstr`` carries an inline number (``<2>``) that its ``msgid`` lacks, in
editions already written and in the same editions written again from their JSON by this
checkout's PO writer (the engine is not run: the same targets, only the numbering differs).

    python benchmarks/sweep_pofilter.py --work /tmp/sweep --every 5     # writes the editions
    python benchmarks/po_marker_ids.py /tmp/sweep/out                     # then count

Each JSON edition (``*.json`` beside its ``.po``) is read back with ``review.edition_from_dict``
and rendered with ``write.po.render``; both PO texts are parsed with Babel.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
from pathlib import Path

from babel.messages.pofile import read_po

from translate.review import edition_from_dict
from translate.write.po import render

_TAG = re.compile(r"(?<!<)<(\d+)>")


def foreign(po_text: str) -> list[tuple[str, str, str]]:
    """(context, msgid, msgstr) of each unit whose msgstr names a number its msgid lacks."""
    out = []
    for message in read_po(io.StringIO(po_text)):
        if not message.id or not isinstance(message.id, str):
            continue
        target = message.string if isinstance(message.string, str) else ""
        if set(_TAG.findall(target)) - set(_TAG.findall(message.id)):
            out.append((str(message.context), message.id, target))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder of editions (json and po), searched down")
    parser.add_argument("-v", action="store_true", help="print each unit")
    args = parser.parse_args()
    files = units = before = after = 0
    pages_before: set[str] = set()
    pages_after: set[str] = set()
    for js in sorted(args.out.rglob("*.json")):
        po = js.with_suffix(".po")
        if not po.exists():
            continue
        files += 1
        old = foreign(po.read_text(encoding="utf-8"))
        text = render(edition_from_dict(json.loads(js.read_text(encoding="utf-8"))))
        new = foreign(text)
        units += sum(1 for m in read_po(io.StringIO(text)) if m.id)
        before, after = before + len(old), after + len(new)
        pages_before |= {po.name} if old else set()
        pages_after |= {po.name} if new else set()
        if args.v:
            for ctx, msgid, msgstr in new:
                print(f"{po.name} {ctx}\n  msgid:  {msgid}\n  msgstr: {msgstr}")
    print(f"editions {files}, units {units}")
    print(f"units whose msgstr names a number the msgid lacks: as written {before} "
          f"({len(pages_before)} editions); written again now {after} "
          f"({len(pages_after)} editions)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
