"""langcheck41: which sentences of a page in one language would be copied into an edition as
"already in the target language", with no finding? For each input, ``translate.pipeline.prepare``
reads, detects and segments it; each sentence read as TARGET (not the page's language) is listed
as **copied** (published as written, no finding) or **translated** (given the page's language by
``translate.pipeline._unevidenced_copies``, langcheck41: too few words of TARGET; a tree without
it copies every one).

    python benchmarks/eval_langcheck41_copies.py TARGET FILE...
    python benchmarks/eval_langcheck41_copies.py --lines   # tests/data/langcheck40/blocks.json

``--lines``: each English line of ``tests/data/langcheck40/blocks.json`` (real English sentences,
as written and in capitals) put after the Portuguese page's paragraphs, as
``eval_langcheck40_foreign.py`` puts them: a real English line read as English must stay copied.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def decide(prepared, target: str) -> list[tuple[object, str]]:  # type: ignore[no-untyped-def]
    """(segment, copied|translated) for each sentence read as ``target``, not the page's."""
    import translate.pipeline as pipeline

    after = getattr(pipeline, "_unevidenced_copies", None)
    main = prepared.source_lang
    now = after(prepared, target).segments if after is not None else prepared.segments
    out = []
    for seg, new in zip(prepared.segments, now, strict=True):
        if seg.lang == target != main:
            out.append((seg, "copied" if new.lang == target else "translated"))
    return out


def main() -> int:
    from translate.options import RunOptions
    from translate.pipeline import prepare

    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    import translate

    print(f"# eval_langcheck41_copies; translate from {Path(translate.__file__).parent}; commit "
          f"{commit}; {platform.machine()}; Python {platform.python_version()}; load "
          f"{os.getloadavg()}")
    totals = {"documents": 0, "failed": 0, "segments": 0, "copied": 0, "translated": 0}
    if sys.argv[1:2] == ["--lines"]:
        from translate.detect import detect_blocks, get_detector
        from translate.model import Article, Block
        from translate.pipeline import PreparedArticle
        from translate.segment import segment_article

        data = json.loads((ROOT / "tests/data/langcheck40/blocks.json").read_text("utf-8"))
        detector = get_detector()
        for b in data["blocks"]:
            if b["lang"] != "en":
                continue
            blocks = [Block(kind="paragraph", text=t) for t in data["pages"]["pt"]]
            art = Article(id="p", blocks=[*blocks, Block(kind="paragraph", text=b["text"])],
                          source="-", format="html", text="")
            detect_blocks(art, detector)
            segs = segment_article(art)
            prep = PreparedArticle(art, segs, "pt")
            totals["documents"] += 1
            last = len(art.blocks) - 1
            got = [(s, k) for s, k in decide(prep, "en") if s.block == last]  # type: ignore[attr-defined]
            g = art.blocks[-1].lang
            kinds = sorted({k for _, k in got}) or ["not read as en: " + (g.lang if g else "?")]
            for _, k in got:
                totals[k] += 1
            print(json.dumps({"capitals": b["capitals"], "outcome": kinds,
                              "text": b["text"][:100]}, ensure_ascii=False))
        print("TOTAL", json.dumps(totals))
        return 0
    target = sys.argv[1]
    for path in sys.argv[2:]:
        try:
            from translate.read import read_article

            prep = prepare(read_article(path), RunOptions())
        except Exception as exc:
            totals["failed"] += 1
            print("FAILED", Path(path).name, type(exc).__name__, str(exc)[:80])
            continue
        totals["documents"] += 1
        totals["segments"] += len(prep.segments)
        for seg, kind in decide(prep, target):
            totals[kind] += 1
            g = prep.article.blocks[seg.block].lang  # type: ignore[attr-defined]
            print(json.dumps({"file": Path(path).name, "seg": seg.id, "kind": kind,  # type: ignore[attr-defined]
                              "guess": [g.lang, round(g.confidence, 2), g.method] if g else None,
                              "source": seg.source[:120]}, ensure_ascii=False))  # type: ignore[attr-defined]
    print("TOTAL", json.dumps(totals))
    return 0


if __name__ == "__main__":
    sys.exit(main())
