"""Tests read only files inside the repository: no test names an absolute path outside it (a
shared seed, a home folder) or climbs above the repository with ``Path(__file__).parents``."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent

# absolute paths that are not data a test could read: the system browser, path-traversal
# inputs that must be refused, device files
ALLOWED = re.compile(r"^/(usr/bin/|dev/|etc/passwd$|tmp$)")
# where data outside a repository lives; besides, any absolute path that exists on this machine
ABSOLUTE = re.compile(r"^~/|^/(work|home|root|mnt|srv|opt|data|shared|media|var|usr/share)(/|$)")
PATHLIKE = re.compile(r"^(/[\w.+-]+){2,}/?$")
SEEDS = "/".join(("shared", "seeds"))  # spelt apart so that this file does not match itself


def _sources() -> list[Path]:
    return sorted(p for p in TESTS.rglob("*.py") if "__pycache__" not in p.parts)


def _parents_index(node: ast.AST) -> int | None:
    """N in ``Path(__file__)[.resolve()].parents[N]``, else None."""
    if not (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute)
            and node.value.attr == "parents" and isinstance(node.slice, ast.Constant)
            and isinstance(node.slice.value, int)):  # fmt: skip
        return None
    return ("__file__" in ast.unparse(node.value) and node.slice.value) or None


def _exists_outside(value: str) -> bool:
    try:
        where = Path(value).resolve()
        return where.exists() and not where.is_relative_to(ROOT)
    except OSError:
        return False


def offences(path: Path, text: str | None = None) -> list[str]:
    """What in the test file at ``path`` (its ``text``, read if not given) leaves the repo."""
    found = []
    depth = len(path.relative_to(ROOT).parts) - 1  # parents[depth] is the repository root
    if text is None:
        text = path.read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            value = node.value.strip()
            if "\n" not in value and not ALLOWED.search(value) and (
                ABSOLUTE.search(value) or (PATHLIKE.match(value) and _exists_outside(value))
            ):
                found.append(f"{path.name}:{node.lineno}: absolute path {value!r}")
            if SEEDS in value:
                found.append(f"{path.name}:{node.lineno}: outside the repository {value!r}")
        index = _parents_index(node)
        if index is not None and index > depth:
            found.append(f"{path.name}:{getattr(node, 'lineno', 0)}: parents[{index}] climbs out")
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("home", "expanduser")):  # fmt: skip
            found.append(f"{path.name}:{node.lineno}: the home folder")
    return found


def test_tests_read_only_files_inside_the_repository() -> None:
    problems = [o for path in _sources() for o in offences(path)]
    assert problems == []


@pytest.mark.parametrize(
    "source",
    [
        'SEED = Path("/work/shared" "/seeds/000.txt")\n',
        'SEED = Path("/work/shared/" + "000.txt")\n',
        'SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "a.txt"\n',
        'HOME = Path.home() / "corpus.txt"\n',
        'DATA = "/srv/corpora/news"\n',
    ],
    ids=["absolute", "absolute-concat", "parents", "home", "srv"],
)
def test_guard_catches(source: str) -> None:
    """The check can fail: each of these, in a test two folders deep, is caught."""
    assert offences(ROOT / "tests" / "unit" / "probe.py", source), source
