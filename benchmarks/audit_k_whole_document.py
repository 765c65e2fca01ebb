"""Set k's syllabus names with the whole document as context: the pipeline against the bare engine.

    python benchmarks/audit_k_whole_document.py --gentle DIR

DIR: a checkout (or bare mirror) of UD_English-GENTLE at ``build_untranslatables_k.GENTLE_COMMIT``.
Set k translates each paragraph alone, so a rule that reads the article (``title-repeated``,
``title-unit``) cannot see a name the document writes elsewhere. This joins every paragraph of
``GENTLE_syllabus_techtonica`` (the source of four of k's seven losses) into one Markdown article,
translates it as ``eval_untranslatables.py`` does (pipeline and bare engine, same run) and counts
each listed name's whole-word occurrences in the source, in the pipeline's output and in the bare
engine's.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_untranslatables_k as K
from eval_untranslatables import translate_item

DOC = K._G + "syllabus_techtonica"


def count(token: str, text: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(token)}(?!\w)", text))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--gentle", type=Path, required=True)
    args = ap.parse_args(argv)
    _, paras = K.doc(Path("."), args.gentle, DOC)
    text = "\n\n".join(p.replace("*", r"\*") for p in paras)
    item = {"id": "techtonica", "from": "en", "to": "pt-BR", "text": text}
    ours, bare, _ = translate_item(item)
    print(f"# {DOC}: {len(paras)} paragraphs translated as one article")
    print(f"{'name':26} {'source':>6} {'ours':>5} {'bare':>5}")
    for token, _kind in K.NAMES[DOC]:
        print(f"{token:26} {count(token, text):6} {count(token, ours):5} {count(token, bare):5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
