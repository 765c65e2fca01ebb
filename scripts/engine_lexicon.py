"""Write translate/engines/lexicon/<vocabulary>.txt and capitalized/<vocabulary>.txt: the
lower-case and the capitalized words each embedded model's SentencePiece vocabulary holds whole
(translate.engines.lexicon), keyed by the vocabulary file's SHA-256.

    python scripts/engine_lexicon.py            # rewrites the folder
    python scripts/engine_lexicon.py --check    # exit 1 when a list differs from its model
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from translate.engines import lexicon
from translate.engines.embedded import discover_models
from translate.untranslatable import capitalized_words, vocabulary_words


def wanted() -> dict[str, str]:
    """File path under translate/engines/lexicon/ -> text, for every embedded model's
    vocabulary."""
    out: dict[str, str] = {}
    for folder, _info in discover_models().values():
        for vocabulary in sorted(Path(folder).glob("*.spm")):
            for kind, read in (("words", vocabulary_words), ("capitalized", capitalized_words)):
                path = lexicon.shipped_path(vocabulary, kind)
                name = path.relative_to(lexicon.SHIPPED).as_posix()
                out[name] = lexicon.text_of(vocabulary, read(vocabulary))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether they are current")
    args = parser.parse_args()
    folder = lexicon.SHIPPED
    texts = wanted()
    stale = [
        name for name, text in texts.items()
        if not (folder / name).is_file() or (folder / name).read_text(encoding="utf-8") != text
    ]
    present = [p.relative_to(folder).as_posix()
               for kind in lexicon.KINDS.values() for p in (folder / kind).glob("*.txt")]
    extra = sorted(name for name in present if name not in texts)
    if not stale and not extra:
        print(f"{folder}: current ({len(texts)} lists)")
        return 0
    if args.check:
        print(f"out of date: {', '.join(stale + extra)}; run python scripts/engine_lexicon.py")
        return 1
    for name in extra:
        (folder / name).unlink()
    for name in stale:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(texts[name], encoding="utf-8")
        print(f"wrote {folder / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
