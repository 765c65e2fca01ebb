"""fuzz50: the cost of a text dense in glossary names, by names per sentence.

Builds an English Markdown article of ``--names`` names of the shipped glossary (countries,
capitals, people, organisations, cities, in file order, repeated as needed) in sentences of
``--per`` names each ("On Monday, Kabul, Tirana and Algiers met in talks."), runs ``translate
run --from en --to pt-BR --engine fake --no-cache`` on it in this process after a warm-up (the
fake engine copies each sentence: every name is then looked for, and most repaired, in the
target), and prints the CPU seconds of the timed run, the main thread's seconds in
``protect._find_in_target`` and ``protect._verify`` (cProfile, ``time.thread_time``) and a digest
of the editions written (JSON without timings, creation time and source path; Markdown without
its front matter), so that two trees can be compared:

    PYTHONPATH=OLD python benchmarks/fuzz50_names_dense.py --names 2000 --per 40
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import hashlib
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

import tomllib

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def article(names: int, per: int) -> str:
    found: list[str] = []
    for name in ("countries", "capitals", "people", "organisations", "cities"):
        table = tomllib.loads((ROOT / "glossary" / f"{name}.toml").read_text(encoding="utf-8"))
        found += [e["name"] for e in table["entry"]]
    chosen = (found * (names // len(found) + 1))[:names]
    sentences = []
    for k in range(0, names, per):
        group = chosen[k : k + per]
        listed = ", ".join(group[:-1]) + " and " + group[-1] if len(group) > 1 else group[0]
        sentences.append(f"On Monday, {listed} met in talks.")
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    return "# Talks\n\n" + "\n\n".join(paragraphs) + "\n"


def digest(out: Path) -> str:
    h = hashlib.sha256()
    for f in sorted(out.iterdir()):
        text = f.read_text(encoding="utf-8")
        if f.suffix == ".json":
            def strip(x: object) -> object:
                if isinstance(x, dict):
                    return {k: strip(v) for k, v in x.items()
                            if k not in ("timings", "created", "source")}
                if isinstance(x, list):
                    return [strip(v) for v in x]
                return x
            text = json.dumps(strip(json.loads(text)), sort_keys=True)
        elif text.startswith("---"):
            text = text.split("\n---\n", 1)[-1]
        h.update(f.name.encode() + b"\0" + text.encode())
    return h.hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--names", type=int, default=2000)
    ap.add_argument("--per", type=int, default=40, help="names per sentence")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "tests"))
    from translate import engines

    engines.ENGINES["fake"] = "fakes:FakeEngine"
    from translate.cli import cli, setup_process

    setup_process()
    with tempfile.TemporaryDirectory(prefix="names-dense-") as tmp:
        os.environ["TRANSLATE_HOME"] = tmp
        src = Path(tmp) / "a.md"
        src.write_text(article(args.names, args.per), encoding="utf-8")
        warm = Path(tmp) / "w.md"
        warm.write_text("# Hi\n\nThe mayor of Lisbon met Ana Silva in Paris.\n", encoding="utf-8")

        def go(path: Path, out: str) -> None:
            with contextlib.suppress(SystemExit):
                cli(["run", str(path), "--from", "en", "--to", "pt-BR", "--engine", "fake",
                     "--no-cache", "--out", out, "--format", "json,md", "-q"],
                    prog_name="translate", standalone_mode=False)  # fmt: skip

        go(warm, str(Path(tmp) / "warm"))
        prof = cProfile.Profile(time.thread_time)
        start = time.process_time()
        prof.enable()
        go(src, str(Path(tmp) / "out"))
        prof.disable()
        cpu = time.process_time() - start
        stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
        cum = {f"{Path(k[0]).name}:{k[2]}": v[3] for k, v in stats.items()}
        print(f"names {args.names} per sentence {args.per} chars {src.stat().st_size}: "
              f"cpu {cpu:.2f} s, _find_in_target {cum.get('protect.py:_find_in_target', 0):.2f}"
              f" s, _verify {cum.get('protect.py:_verify', 0):.2f} s (main thread, profiled); "
              f"editions {digest(Path(tmp) / 'out')}", flush=True)


if __name__ == "__main__":
    main()
