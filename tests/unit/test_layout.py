"""The package's layout: no import cycle between translate's modules, one job per module.

The import graph is read with ``ast`` (nothing is imported): every ``import``/``from ... import``
of a ``translate`` module, at module level, under ``if TYPE_CHECKING:`` and inside functions
alike. A lazy import inside a function is fine for start-up time, but it may not close a cycle:
a cycle hidden in a function is still two modules that cannot be understood one without the
other. Importing ``translate.a.b`` also runs ``translate/a/__init__.py``, so that counts as an
edge to the package too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "translate"


def _modules(root: Path) -> dict[str, tuple[Path, bool]]:
    mods: dict[str, tuple[Path, bool]] = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        mods[".".join(parts)] = (path, is_package)
    return mods


def _targets(
    module: str, is_package: bool, node: ast.Import | ast.ImportFrom, mods: dict[str, object]
) -> list[str]:
    top = module.split(".")[0]
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name.split(".")[0] == top]
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        target = ".".join(base + ([node.module] if node.module else []))
    else:
        target = node.module or ""
    if target.split(".")[0] != top:
        return []
    return [f"{target}.{a.name}" if f"{target}.{a.name}" in mods else target for a in node.names]


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module -> the package modules it imports (anywhere in its body)."""
    mods = _modules(root)
    graph: dict[str, set[str]] = {}
    for module, (path, is_package) in mods.items():
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, (ast.Import, ast.ImportFrom)):
                continue
            for target in _targets(module, is_package, node, mods):
                parts = target.split(".")
                # the target and every package on its way, except the importer's own ancestors
                for i in range(1, len(parts) + 1):
                    name = ".".join(parts[:i])
                    if name in mods and not module.startswith(name + ".") and name != module:
                        edges.add(name)
        graph[module] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycle_in_translate() -> None:
    graph = import_graph(PACKAGE)
    assert {"translate.pipeline", "translate.localize.stage", "translate.feeds.run"} <= set(graph)
    assert "translate.model" in graph["translate.pipeline"]
    found = cycles(graph)
    details = [
        "  " + " <-> ".join(c) + "\n" + "\n".join(
            f"    {m} imports {sorted(graph[m] & set(c))}" for m in c
        )
        for c in found
    ]
    assert not found, "import cycles:\n" + "\n".join(details)


@pytest.mark.parametrize(
    ("files", "cyclic"),
    [
        ({"a.py": "from . import b\n", "b.py": "def f():\n    from .a import x\n"}, True),
        ({"a.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .b import B\n",
          "b.py": "import pkg.a\n"}, True),
        # importing pkg.sub.m runs pkg/sub/__init__.py, which imports back
        ({"sub/__init__.py": "from .m import x\n", "sub/m.py": "x = 1\nfrom .. import c\n",
          "c.py": "from .sub.m import x\n"}, True),
        ({"a.py": "from . import b\n", "b.py": "import os\n"}, False),
        ({"sub/__init__.py": "from .m import x\n", "sub/m.py": "from . import n\n",
          "sub/n.py": "y = 2\n"}, False),
    ],
)
def test_cycle_finder_sees_cycles(tmp_path: Path, files: dict[str, str], cyclic: bool) -> None:
    root = tmp_path / "pkg"
    for name, text in {"__init__.py": "", **files}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    assert bool(cycles(import_graph(root))) is cyclic


def test_every_module_says_its_job_in_one_line() -> None:
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        doc = ast.get_docstring(tree, clean=False)
        name = path.relative_to(PACKAGE.parent)
        assert doc, f"{name} has no docstring"
        first = doc.strip("\n").split("\n")[0]
        assert first.strip() and first.rstrip().endswith((".", ":")), (
            f"{name}: the docstring's first line should be one sentence: {first!r}"
        )


@pytest.mark.parametrize(
    ("target", "allowed"),
    [
        # the CLI is a skin: nothing below it may import it
        ("translate.cli", ("translate.__main__", "translate.cli")),
        # the API gathers the library for callers (the CLI and the HTTP service, both skins);
        # the library never imports it back
        ("translate.api", ("translate.cli", "translate.serve")),
        # the pipeline runs the stages; stages do not call back into it
        ("translate.pipeline", ("translate.api", "translate.cli", "translate.feeds",
                                "translate.jsonl")),
    ],
)
def test_imports_point_one_way(target: str, allowed: tuple[str, ...]) -> None:
    def within(module: str, package: str) -> bool:
        return module == package or module.startswith(package + ".")

    graph = import_graph(PACKAGE)
    wrong = sorted(
        module for module, deps in graph.items()
        if any(within(d, target) for d in deps)
        and not any(within(module, a) for a in (*allowed, target))
    )
    assert not wrong, f"{target} is imported by {wrong}"
