"""Every edition of a fixed set of inputs, dumped for a before/after diff of a speed change.

13 inputs -> pt-BR, MT cache off: the seed article, benchmarks/protect_sentences.txt (names),
the 3,000-word article of bench_pipeline.py, and 10 real pages of
benchmarks/data/html_structure_r. For each edition: the JSON edition dict, the stage reports,
and the Markdown, XLIFF and PO files as rendered; stage timings and signatures left out, time
stamps normalised. Run it on two trees and compare:

    PYTHONPATH=OLD python benchmarks/editions_identity.py old.json
    python benchmarks/editions_identity.py new.json
    python benchmarks/editions_identity.py --compare old.json new.json

``--inputs LIST.json`` dumps the files of a JSON list of paths (relative to the repository;
``.gz`` files are decompressed, ``.source.html`` named ``.html``) instead of the 13, e.g. the
held-out set ``benchmarks/data/speed_heldout_k/inputs.json``.

``--child`` (first): the embedded model in a child process, as the ``translate run`` command
runs it (translate.engines.child), instead of in this process.

``--argos`` (first): the same through the Argos path instead, en -> de on the synthetic
real-size package ``bench_pipeline.py --engine argos`` builds (its answers are strings of
``<extra N>`` pieces, not German: what is compared is what the stages make of them).
"""

from __future__ import annotations

import difflib
import gzip
import json
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["001", "002", "bug-1255978", "daringfireball-1", "dropbox-blog", "ehow-1",
         "firefox-nightly-blog", "medium-1", "lifehacker-working", "iab-1"]  # fmt: skip
STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)"
                   r"|(?<=PO-Revision-Date: )[^\\\"]*|(?<=POT-Creation-Date: )[^\\\"]*")


def strip(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: strip(v) for k, v in value.items()
                if k not in ("timings", "signature", "generated", "created")}  # fmt: skip
    if isinstance(value, list):
        return [strip(v) for v in value]
    return value


def listed(tmp: Path, listing: Path) -> list[Path]:
    """The files of a JSON list of repository paths, copied into ``tmp`` (decompressed)."""
    paths: list[Path] = []
    for rel in json.loads(listing.read_text(encoding="utf-8")):
        src = ROOT / rel
        name = src.name.removesuffix(".gz").replace(".source.html", ".html")
        data = src.read_bytes()
        (tmp / name).write_bytes(gzip.decompress(data) if src.suffix == ".gz" else data)
        paths.append(tmp / name)
    return paths


def dump(out: Path, listing: Path | None = None, argos: bool = False, child: bool = False) -> None:
    os.environ.setdefault("TRANSLATE_OFFLINE", "1")
    if child:
        from translate.engines import child as engine_child

        engine_child.enable(True)
    os.environ["TRANSLATE_HOME"] = tempfile.mkdtemp(prefix="editions-identity-")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_pipeline import make_article, synthetic_argos

    from translate.api import translate_article
    from translate.errors import TranslateError
    from translate.options import EngineOptions, RunOptions
    from translate.read import read_article
    from translate.write import get_writer
    from translate.write.json import to_dict

    tmp = Path(tempfile.mkdtemp(prefix="editions-identity-in-"))
    inputs = [ROOT / "examples" / "caucasus-talks.txt",
              ROOT / "benchmarks" / "protect_sentences.txt"]
    if listing is not None:
        inputs = listed(tmp, listing)
    else:
        (tmp / "long.txt").write_text(make_article(3000), encoding="utf-8")
        inputs.append(tmp / "long.txt")
        for name in PAGES:
            page = ROOT / "benchmarks" / "data" / "html_structure_r" / f"{name}.source.html.gz"
            (tmp / f"{name}.html").write_bytes(gzip.decompress(page.read_bytes()))
            inputs.append(tmp / f"{name}.html")
    options = RunOptions(use_cache=False, use_tm=False)
    target = "pt-BR"
    if argos:
        package = synthetic_argos(Path(tempfile.mkdtemp(prefix="editions-identity-argos-")))
        options = RunOptions(use_cache=False, use_tm=False, engine="argos",
                             engine_options=EngineOptions(packages_dir=package.parent))  # fmt: skip
        target = "de"
    result: dict[str, Any] = {}
    for path in inputs:
        try:
            editions = translate_article(read_article(path), target, options)
        except TranslateError as exc:  # e.g. a page in a language no engine serves: its error
            result[path.name] = [exc.format_line()]
            continue
        result[path.name] = [
            [strip(to_dict(e)), strip(json.loads(json.dumps(e.reports, default=str)))]
            + [get_writer(f).render(e) for f in ("md", "xliff", "po")]
            for e in editions
        ]
    text = json.dumps(result, ensure_ascii=False, indent=1, sort_keys=True, default=str)
    out.write_text(text.replace(str(tmp), "TMP").replace(str(ROOT), "ROOT"), encoding="utf-8")
    print(f"{out}: {len(inputs)} inputs")


def compare(old: Path, new: Path) -> int:
    a, b = (STAMP.sub("TS", p.read_text(encoding="utf-8")) for p in (old, new))
    if a == b:
        print(f"identical ({len(a)} characters, time stamps normalised)")
        return 0
    for line in list(difflib.unified_diff(a.splitlines(), b.splitlines(), lineterm="", n=0))[:40]:
        print(line[:300])
    return 1


if __name__ == "__main__":
    args = sys.argv[1:]
    use_child = args[:1] == ["--child"]
    if use_child:
        args = args[1:]
    use_argos = args[:1] == ["--argos"]
    if use_argos:
        args = args[1:]
    if args[:1] in (["-h"], ["--help"]):
        print(__doc__)
        raise SystemExit(0)
    known = ("--compare", "--inputs")
    if not args or (args[0].startswith("-") and args[0] not in known):
        # an option this script does not know is no output path (a dump named "--help" was
        # written once): usage and exit 2
        print("usage: editions_identity.py [--child | --argos] [--inputs LIST.json] OUT.json"
              " | --compare OLD.json NEW.json  (--help for more)", file=sys.stderr)
        raise SystemExit(2)
    if args[:1] == ["--compare"]:
        raise SystemExit(compare(Path(args[1]), Path(args[2])))
    if args[:1] == ["--inputs"]:
        dump(Path(args[2]), ROOT / args[1], argos=use_argos, child=use_child)
    else:
        dump(Path(args[0]), argos=use_argos, child=use_child)
