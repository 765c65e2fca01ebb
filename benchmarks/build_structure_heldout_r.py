"""Copy the held-out structure set R (mozilla/readability's test pages) into the repository.

    python benchmarks/build_structure_heldout_r.py GIT_DIR   # a mirror of mozilla/readability

Selection rule, fixed before any run (2026-12-03, untrans helper, fifth pass): the page folders
of ``test/test-pages/`` at the commit below whose name sorts (byte order) in the FIRST half of
the folder list (65 of 130: ``001`` .. ``medium-3``); the second half is left to other work
(the realnews helper's held-out set), so the two never share a page; and of those, not the
pages the corpus already holds (``tests/data/realworld/heldout/moz-<name>``, 37 pages of the
same suite that the development structure set reads: they are not held out). Every page's
``source.html`` (what our reader reads), ``expected.html`` (readability's article: the facts
are taken from it by ``eval_html_structure.py --build-readability``) and
``expected-metadata.json`` are stored gzipped under ``benchmarks/data/html_structure_r/``.
Licence: Apache-2.0 (``LICENSE.md`` of the repository, copied beside the pages).
"""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

COMMIT = "ab4027a"  # mozilla/readability, "Bump the npm_and_yarn group across 1 directory ..."
OUT = Path(__file__).resolve().parent / "data" / "html_structure_r"
FILES = ("source.html", "expected.html", "expected-metadata.json")


def _git(git_dir: str, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", git_dir, *args], check=True,
                          capture_output=True).stdout  # fmt: skip


def corpus_pages() -> set[str]:
    """The readability folders the corpus already holds (``tests/data/realworld/**/moz-<name>``)."""
    corpus = Path(__file__).resolve().parents[1] / "tests" / "data" / "realworld"
    return {p.name.split(".")[0].removeprefix("moz-") for p in corpus.rglob("moz-*")}


def copy_half(git_dir: str, out: Path, second: bool) -> list[str]:
    """Copy the pages of one half of ``test/test-pages`` (byte order; the first half or the
    second), minus those the corpus holds, into ``out``; return their names."""
    names = sorted(_git(git_dir, "ls-tree", "--name-only", f"{COMMIT}:test/test-pages")
                   .decode().split())  # fmt: skip
    half = names[len(names) // 2 :] if second else names[: len(names) // 2]
    seen = corpus_pages()
    chosen = [n for n in half if n not in seen]
    for old in out.glob("*.gz"):
        if old.name.split(".")[0] not in chosen:
            old.unlink()
    out.mkdir(parents=True, exist_ok=True)
    (out / "LICENSE.md").write_bytes(_git(git_dir, "show", f"{COMMIT}:LICENSE.md"))
    for name in chosen:
        for f in FILES:
            data = _git(git_dir, "show", f"{COMMIT}:test/test-pages/{name}/{f}")
            (out / f"{name}.{f}.gz").write_bytes(gzip.compress(data, mtime=0))
    print(f"{len(chosen)} of {len(names)} pages ({chosen[0]} .. {chosen[-1]}; not the"
          f" {len(half) - len(chosen)} of this half the corpus holds) -> {out}")
    return chosen


def main(argv: list[str]) -> int:
    copy_half(argv[0], OUT, second=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
